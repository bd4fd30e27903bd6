import { readFileSync } from 'node:fs';
import { POSTGRES_MIGRATIONS } from '../src/app/postgres-backend.js';
import type { ArticleDraft } from '../src/articles/article.js';
import { draftFromText } from '../src/articles/formats/text.js';
import { fixedClock } from '../src/clock.js';
import { openPostgresStore } from '../src/store/postgres/index.js';
import { BATCH, BENCH_NOW } from './corpus-db.js';
import { SyntheticCorpus } from './synthetic.js';

/** What one ingesting process did. */
export interface IngestWorkerResult {
  articles: number;
  added: number;
  duplicates: number;
  failed: number;
  draftSeconds: number;
  storeSeconds: number;
  seconds: number;
  /** CPU seconds of this process, and of its Postgres server processes (null when the server is not on this machine). */
  clientCpuSeconds: number;
  serverCpuSeconds: number | null;
}

/**
 * One ingesting process: `<url> <from> <to> <stride> <offset>` stores the synthetic articles i in
 * [from, to) with i % stride = offset, through `draftFromText` and `saveMany` in batches, as
 * `newsroom ingest` of many files does. Prints its counts and times as JSON.
 */
async function main([url, from, to, stride, offset]: string[]): Promise<IngestWorkerResult> {
  const synthetic = new SyntheticCorpus();
  const store = await openPostgresStore({
    url: url!,
    clock: fixedClock(BENCH_NOW),
    migrations: POSTGRES_MIGRATIONS,
    poolSize: 2,
  });
  const r: IngestWorkerResult = {
    articles: 0,
    added: 0,
    duplicates: 0,
    failed: 0,
    draftSeconds: 0,
    storeSeconds: 0,
    seconds: 0,
    clientCpuSeconds: 0,
    serverCpuSeconds: null,
  };
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  try {
    let batch: ArticleDraft[] = [];
    const flush = async () => {
      const t0 = performance.now();
      const results = await store.saveMany(batch, { scope: 'global' });
      r.storeSeconds += (performance.now() - t0) / 1000;
      for (const x of results) {
        if (!x.ok) r.failed++;
        else if (x.result.status === 'added') r.added++;
        else if (x.result.status === 'duplicate') r.duplicates++;
      }
      batch = [];
    };
    for (let i = Number(from); i < Number(to); i++) {
      if (i % Number(stride) !== Number(offset)) continue;
      const a = synthetic.article(i);
      const t0 = performance.now();
      batch.push(draftFromText(a.content, a.source, 'text'));
      r.draftSeconds += (performance.now() - t0) / 1000;
      r.articles++;
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    const cpu = process.cpuUsage(cpu0);
    r.clientCpuSeconds = (cpu.user + cpu.system) / 1e6;
    r.serverCpuSeconds = await serverCpu(store, url!);
  } finally {
    await store.close();
  }
  r.seconds = (performance.now() - started) / 1000;
  return r;
}

/**
 * CPU seconds used so far by this process's server connections (the `application_name` of its
 * URL), read from /proc: the server must be on this machine; null otherwise.
 */
async function serverCpu(store: { db: { query: PgQuery } }, url: string): Promise<number | null> {
  const name = new URL(url).searchParams.get('application_name');
  if (!name) return null;
  const pids = await store.db.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
    [name],
  );
  let ticks = 0;
  for (const { pid } of pids.rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks / 100;
}

type PgQuery = <R extends Record<string, unknown>>(
  text: string,
  params?: unknown[],
) => Promise<{ rows: R[] }>;

process.stdout.write(`${JSON.stringify(await main(process.argv.slice(2)))}\n`);
