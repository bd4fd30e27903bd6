import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { SQLITE_MIGRATIONS } from '../src/app/sqlite-backend.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanText } from '../src/articles/clean/clean.js';
import { splitLines } from '../src/articles/clean/normalize.js';
import { draftFromText } from '../src/articles/formats/text.js';
import { articleIdFor, contentHash } from '../src/articles/identity.js';
import { detectLanguage } from '../src/articles/metadata/language.js';
import { fingerprint } from '../src/articles/near-duplicate.js';
import { fixedClock } from '../src/clock.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { BATCH, BENCH_NOW } from './corpus-db.js';
import { SyntheticCorpus } from './synthetic.js';

/**
 * Where plain-text ingest spends its time, stage by stage, on N synthetic articles (default
 * 2,000) into a temporary database: `node dist/bench/ingest-stages.js [N] [base.db]`. With a base
 * (e.g. bench/.work/archive-100000.db) the articles go into a copy of it, numbered after the ones
 * it holds, to see the store's cost at that size. A diagnostic for tuning ingest, not a
 * RESULTS.md section. Each stage is timed on its own over the same inputs.
 */
async function main(n: number, base: string | undefined): Promise<void> {
  const corpus = new SyntheticCorpus();
  const first = base ? Number(/(\d+)\.db$/.exec(base)?.[1] ?? 0) : 0;
  const articles = Array.from({ length: n }, (_, i) => corpus.article(first + i));
  const per = (ms: number) => `${((ms / n) * 1000).toFixed(0).padStart(6)} µs/article`;
  // CPU time of this process (SQLite runs on this thread too): other processes on the shared
  // machine slow the wall clock far more than they change it.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time = (label: string, fn: () => void) => {
    fn(); // warm-up pass, so the JIT has compiled the stage
    const t0 = cpuMs();
    fn();
    const ms = cpuMs() - t0;
    process.stdout.write(`${label.padEnd(34)} ${per(ms)}\n`);
    return ms;
  };
  time('splitLines', () => articles.forEach((a) => splitLines(a.content)));
  time('cleanText', () => articles.forEach((a) => cleanText(a.content, {})));
  const drafts = articles.map((a) => draftFromText(a.content, a.source, 'text'));
  time('detectLanguage(title + text)', () => drafts.forEach((d) => detectLanguage(`${d.title}\n${d.text}`)));
  const draftMs = time('draftFromText (all of the above)', () =>
    articles.forEach((a) => draftFromText(a.content, a.source, 'text')),
  );
  time('contentHash', () => drafts.forEach((d) => contentHash(d.text)));
  time('articleIdFor', () => drafts.forEach((d) => articleIdFor(d)));
  time('fingerprint (shingles + MinHash)', () => drafts.forEach((d) => fingerprint(d.text)));

  const dir = mkdtempSync(join(tmpdir(), 'ingest-stages-'));
  try {
    if (base) copyFileSync(base, join(dir, 'a.db'));
    const store = await openSqliteStore({
      migrations: SQLITE_MIGRATIONS,
      path: join(dir, 'a.db'),
      clock: fixedClock(BENCH_NOW),
    });
    const t0 = cpuMs();
    const w0 = performance.now();
    for (let i = 0; i < drafts.length; i += BATCH)
      await store.saveMany(drafts.slice(i, i + BATCH), { scope: 'global' });
    const storeMs = cpuMs() - t0;
    process.stdout.write(`${'store.saveMany wall clock'.padEnd(34)} ${per(performance.now() - w0)}\n`);
    process.stdout.write(
      `${`store.saveMany (${base ? `after ${first}` : 'fresh db'})`.padEnd(34)} ${per(storeMs)}\n`,
    );
    process.stdout.write(
      `end to end: ${Math.round(n / ((draftMs + storeMs) / 1000))} articles per CPU second\n`,
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(Number(process.argv[2] ?? 2_000), process.argv[3]);
