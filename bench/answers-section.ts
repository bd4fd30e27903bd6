import { openSqliteStore } from '../src/store/sqlite/index.js';
import { SQLITE_MIGRATIONS } from '../src/app/sqlite-backend.js';
import { fixedClock } from '../src/clock.js';
import { answersSection, benchAnswers, type CommandLatency } from './answers-bench.js';
import { BENCH_NOW } from './corpus-db.js';
import type { BenchSection } from './section.js';

/** Answer latency of the offline engine over the shared synthetic archives (bench/answers-bench.ts). */
export const answersBenchSection: BenchSection = {
  name: 'answers',
  async run(ctx) {
    const results: CommandLatency[] = [];
    for (const size of ctx.sizes) {
      const db = await ctx.corpus.get(size);
      const store = await openSqliteStore({
        migrations: SQLITE_MIGRATIONS,
        path: db.path,
        clock: fixedClock(BENCH_NOW),
      });
      try {
        results.push(...(await benchAnswers({ store, articles: size, log: ctx.log })));
      } finally {
        await store.close();
      }
    }
    return answersSection(results);
  },
};
