/**
 * The real feeds of ../shared/corpus/feeds served on 127.0.0.1, ingested as `newsroom ingest <feed
 * URL>` would, with item pages on hosts that cannot be reached (DNS that fails at once, or never
 * answers). Reports items stored, with dates and authors, and how long each item took to store.
 * Usage: npx tsx eval/pages/feed-items.ts [fails|hangs]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedAddress } from '../../src/articles/fetch/resolve.js';
import { ingest } from '../../src/articles/ingest.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { openSqliteBackend } from '../../src/app/sqlite-backend.js';
import { startHttpServer } from '../../test/helpers/http-server.js';

const mode = process.argv[2] === 'hangs' ? 'hangs' : 'fails';
const dir = join(process.cwd(), '..', 'shared', 'corpus', 'feeds');
const feeds = readFileSync(join(dir, 'feeds.tsv'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => l.split('\t'))
  .map(([file, , , , type]) => ({ file: file!, type: type!, body: readFileSync(join(dir, file!)) }));
const server = await startHttpServer(
  Object.fromEntries(feeds.map((f) => [`/${f.file}`, { headers: { 'content-type': f.type }, body: f.body }])),
);
const work = mkdtempSync(join(tmpdir(), 'newsroom-feed-eval-'));
const config = loadConfig({ NEWSROOM_DB: join(work, 'eval.db'), NEWSROOM_FETCH_ALLOW_PRIVATE: 'true' });
const { store } = await openSqliteBackend({ path: config.dbPath, clock: fixedClock('2024-10-01T12:00:00Z') });
const resolve = (hostname: string): Promise<ResolvedAddress[]> =>
  mode === 'hangs'
    ? new Promise(() => undefined)
    : Promise.reject(new Error(`getaddrinfo ENOTFOUND ${hostname}`));
const ctx = {
  store,
  config,
  log: createLogger('silent'),
  clock: fixedClock('2024-10-01T12:00:00Z'),
  resolve,
};

const perItem: number[] = [];
let stored = 0;
let dated = 0;
let authored = 0;
let failed = 0;
process.stdout.write(
  `item pages unreachable (DNS ${mode}); fetch timeout ${String(config.fetch.timeoutMs)} ms\n\n`,
);
for (const f of feeds) {
  let last = performance.now();
  const times: number[] = [];
  const report = await ingest(ctx, [`${server.origin}/${f.file}`], {
    onProgress: (done) => {
      const now = performance.now();
      if (done > 0) times.push(now - last);
      last = now;
    },
  });
  perItem.push(...times);
  failed += report.failed;
  for (const item of report.items) {
    const a = item.id ? await store.get(item.id) : null;
    if (!a) continue;
    stored++;
    if (a.publishedAt) dated++;
    if (a.byline) authored++;
  }
  process.stdout.write(
    `${f.file.padEnd(22)} items ${String(report.items.length).padStart(3)}  failed ${String(report.failed)}  slowest item ${Math.max(...times).toFixed(0)} ms\n`,
  );
}
const sorted = [...perItem].sort((a, b) => a - b);
const q = (p: number) => sorted[Math.ceil(p * sorted.length) - 1]!.toFixed(0);
process.stdout.write(
  `\nstored ${String(stored)} items (failed ${String(failed)}); with a date ${String(dated)}, with an author ${String(authored)}\n` +
    `time to store an item: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms\n`,
);
await store.close();
await server.close();
rmSync(work, { recursive: true, force: true });
