import { readFileSync } from 'node:fs';
import type pg from 'pg';
import type { ArticleDraft } from '../src/articles/article.js';
import { draftFromText } from '../src/articles/formats/text.js';
import { PgDatabase } from '../src/store/postgres/index.js';
import { prepareDraft } from '../src/store/sqlite/writer.js';
import { BATCH, BENCH_NOW } from './corpus-db.js';
import { BENCH_SERVER, openBenchStore, schemaUrlOf } from './postgres-large.js';
import { SyntheticCorpus } from './synthetic.js';

/**
 * Where Postgres `saveMany` spends its time, statement by statement, on N synthetic articles
 * (default 2,000) saved in batches of 250 into a fresh schema, after `base` articles saved the
 * same way untimed (default 0), to see the cost at that size:
 * `node dist/bench/postgres-ingest-stages.js [N] [base]`. Prints wall time per article of each
 * kind of statement, the client's CPU for preparing drafts (hash, MinHash), and the server
 * process's CPU over the timed saves (read from /proc: the server must be on this machine). A
 * diagnostic for tuning ingest, not a RESULTS.md section.
 */
const [n = 2_000, base = 0] = process.argv.slice(2).map(Number);
const schema = 'bench_pg_stages';
const admin = await PgDatabase.open({ url: BENCH_SERVER, max: 1, variable: 'BENCH_DATABASE_URL' });
await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
await admin.query(`CREATE SCHEMA ${schema}`);
await admin.close();
// Named, so the server processes doing the work can be found and their CPU read.
const app = 'newsroom-ingest-stages';
const store = await openBenchStore(`${schemaUrlOf(BENCH_SERVER, schema)}&application_name=${app}`, 2);
const corpus = new SyntheticCorpus();
const draftsOf = (from: number, to: number): ArticleDraft[] =>
  Array.from({ length: to - from }, (_, k) => {
    const a = corpus.article(from + k);
    return draftFromText(a.content, a.source, 'text');
  });
const saveAll = async (drafts: readonly ArticleDraft[]) => {
  for (let i = 0; i < drafts.length; i += BATCH) {
    for (const r of await store.saveMany(drafts.slice(i, i + BATCH), { scope: 'global' }))
      if (!r.ok) throw r.error;
  }
};
for (let from = 0; from < base; from += 10_000) await saveAll(draftsOf(from, Math.min(base, from + 10_000)));
await store.db.query('VACUUM ANALYZE articles, article_bodies, article_bands');

const drafts = draftsOf(base, base + n);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t0 = cpu();
for (const d of drafts) prepareDraft(d, { scope: 'global', now: BENCH_NOW });
const prepareMs = cpu() - t0;

// Every statement of the saves, timed by kind on the connection's own query method.
const wall = new Map<string, number>();
const kindOf = (sql: string): string =>
  sql.includes('pg_advisory_xact_lock')
    ? 'advisory locks'
    : sql.includes('article_bands WHERE band_key = ANY')
      ? 'lookup (ids, hashes, band keys)'
      : sql.includes('INSERT INTO articles')
        ? 'insert (rows, vectors, bodies, band keys)'
        : sql.includes('store_version')
          ? 'version bump'
          : sql.startsWith('BEGIN') || sql.startsWith('COMMIT')
            ? 'begin + commit'
            : 'other';
const checkout = store.db.checkout.bind(store.db);
const wrapped = new WeakSet<pg.PoolClient>();
store.db.checkout = async () => {
  const client = await checkout();
  if (wrapped.has(client)) return client;
  wrapped.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  // Only promise-style calls are timed: the pool's own calls (with a callback) pass straight through.
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const config = args[0];
    const text = typeof config === 'string' ? config : (config as { text: string }).text;
    const t = performance.now();
    const result = query(...args);
    if (result instanceof Promise) {
      const done = () => {
        const k = kindOf(text);
        wall.set(k, (wall.get(k) ?? 0) + performance.now() - t);
      };
      result.then(done, done);
    }
    return result;
  };
  return client;
};
const serverTicks = async () => {
  const pids = await store.db.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
    [app],
  );
  let ticks = 0;
  for (const { pid } of pids.rows) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks;
};

const tick0 = await serverTicks();
t0 = performance.now();
const c0 = cpu();
await saveAll(drafts);
const totalMs = performance.now() - t0;
const clientMs = cpu() - c0;
const serverMs = ((await serverTicks()) - tick0) * 10;
const vector = performance.now();
await store.db.query(
  `SELECT sum(length(setweight(to_tsvector('newsroom', t), 'A') || setweight(to_tsvector('newsroom', x), 'B')))
  FROM unnest($1::text[], $2::text[]) AS d(t, x)`,
  [drafts.map((d) => d.title), drafts.map((d) => d.text)],
);
const vectorMs = performance.now() - vector;
await store.close();

const per = (ms: number) => `${(ms / n).toFixed(3).padStart(7)} ms/article`;
const out = [
  `${n} articles after ${base}, saveMany in batches of ${BATCH}, on a pool of 2`,
  `${'saveMany, wall'.padEnd(44)} ${per(totalMs)}`,
  ...[...wall.entries()].sort((a, b) => b[1] - a[1]).map(([k, ms]) => `  ${k.padEnd(42)} ${per(ms)}`),
  `${'client CPU in saveMany (prepare, encode)'.padEnd(44)} ${per(clientMs)}`,
  `  ${'of which prepareDraft (hash, MinHash)'.padEnd(42)} ${per(prepareMs)}`,
  `${'server CPU in saveMany'.padEnd(44)} ${per(serverMs)}`,
  `  ${'weighted tsvector alone (wall)'.padEnd(42)} ${per(vectorMs)}`,
];
process.stdout.write(`${out.join('\n')}\n`);
