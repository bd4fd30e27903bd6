import type { AnswerKind } from '../src/answers/answer.js';
import { openApp } from '../src/app/app.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { isUserError } from '../src/errors.js';
import { createLogger } from '../src/log.js';
import { words } from '../src/retrieval/index.js';
import { percentile } from './measure.js';

/** What one answering process did. */
export interface AnswersWorkerResult {
  answers: number;
  /** Answers that ended in "nothing matches" (a UserError, as a user would see it). */
  userErrors: number;
  /** Anything else: should be none. */
  errors: string[];
  /** Articles this process wrote, one per command, all expected to be there at the end. */
  written: number;
  p50: number;
  p95: number;
}

const KINDS: readonly AnswerKind[] = ['summary', 'timeline', 'quotes'];

/**
 * One bot-like process: `<url> <commands> <tag>` opens the app on DATABASE_URL as `npm start`
 * would, then runs answer commands (summarize, timeline, whosaid in turn, offline engine) on
 * queries from stored headlines, saving one small article of its own after each (the writes
 * another process must never lose). Prints counts and latencies as JSON.
 */
async function main([url, count, tag]: string[]): Promise<AnswersWorkerResult> {
  const app = await openApp({
    config: loadConfig({ DATABASE_URL: url }),
    log: createLogger('silent'),
    clock: systemClock,
  });
  const r: AnswersWorkerResult = { answers: 0, userErrors: 0, errors: [], written: 0, p50: 0, p95: 0 };
  const times: number[] = [];
  try {
    const engine = await app.answerEngine();
    const recent = await app.store.list({ limit: 30 });
    const queries = recent
      .map((a) =>
        words(a.title)
          .filter((w) => w.length > 3)
          .slice(0, 2)
          .join(' '),
      )
      .filter(Boolean);
    for (let i = 0; i < Number(count); i++) {
      const t0 = performance.now();
      try {
        await engine.answer({ kind: KINDS[i % KINDS.length]!, query: queries[i % queries.length] ?? 'news' });
        r.answers++;
      } catch (err) {
        if (isUserError(err)) r.userErrors++;
        else r.errors.push(err instanceof Error ? err.message : String(err));
      }
      times.push(performance.now() - t0);
      try {
        await app.store.save(
          {
            externalId: `bench-answer-${tag}-${i}`,
            url: null,
            canonicalUrl: null,
            title: `Desk note ${tag} ${i}`,
            outlet: 'Bench Desk',
            byline: null,
            publishedAt: '2025-01-14',
            publishedAtSource: 'metadata',
            language: 'en',
            text: `Desk note ${i} from process ${tag}: the answer to command ${i} was sent at ${new Date().toISOString()}.\n\nNothing else.`,
            raw: { kind: 'text', source: `bench/${tag}/${i}.txt`, content: `note ${i}` },
          },
          { scope: 'global' },
        );
        r.written++;
      } catch (err) {
        r.errors.push(`write: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  } finally {
    await app.close();
  }
  r.p50 = percentile(times, 50);
  r.p95 = percentile(times, 95);
  return r;
}

process.stdout.write(`${JSON.stringify(await main(process.argv.slice(2)))}\n`);
