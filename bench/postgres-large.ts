import { POSTGRES_MIGRATIONS } from '../src/app/postgres-backend.js';
import { fixedClock } from '../src/clock.js';
import type { Logger } from '../src/log.js';
import {
  openPostgresStore,
  type PgDatabase,
  type PostgresArticleStore,
} from '../src/store/postgres/index.js';
import { BENCH_NOW } from './corpus-db.js';
import { bulkLoad, type LoadStats } from './postgres-load.js';
import { GENERATOR_VERSION, type SyntheticCorpus } from './synthetic.js';

/** The default server of the postgres section (BENCH_DATABASE_URL overrides it). */
export const BENCH_SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The server URL with `name` as the search path (%20, not +: libpq, which psql uses for the bulk load, reads a + literally). */
export function schemaUrlOf(server: string, name: string): string {
  return `${server}${server.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`;
}

export function openBenchStore(url: string, poolSize?: number): Promise<PostgresArticleStore> {
  return openPostgresStore({ url, clock: fixedClock(BENCH_NOW), migrations: POSTGRES_MIGRATIONS, poolSize });
}

/**
 * A bulk-loaded archive of `size` synthetic articles in its own schema, kept between runs: a
 * schema whose stamp (generator version, seed, size) matches is reused as it is, anything else is
 * dropped and loaded again. Loading 1M articles takes the better part of an hour on the bench
 * machine, so it can be done ahead of a bench run (bench/postgres-preload.ts) and found here.
 */
export async function largeArchive(o: {
  admin: PgDatabase;
  server: string;
  synthetic: SyntheticCorpus;
  size: number;
  workDir: string;
  log: Logger;
}): Promise<{ url: string; load: LoadStats }> {
  const schema = `bench_pg_large_${o.size}`;
  const url = schemaUrlOf(o.server, schema);
  const stamp = `${GENERATOR_VERSION}:${o.synthetic.seed}:${o.size}`;
  const kept = await o.admin
    .query<{ stamp: string; load: LoadStats }>(`SELECT stamp, load FROM ${schema}.bench_stamp`)
    .then((r) => (r.rows[0]?.stamp === stamp ? r.rows[0].load : null))
    .catch(() => null);
  if (kept) return { url, load: { ...kept, reused: true } };
  await o.admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await o.admin.query(`CREATE SCHEMA ${schema}`);
  const store = await openBenchStore(url);
  try {
    const load = await bulkLoad({
      db: store.db,
      url,
      synthetic: o.synthetic,
      from: 0,
      to: o.size,
      workDir: o.workDir,
      log: o.log,
    });
    await store.db.query('CREATE TABLE bench_stamp (stamp text, load jsonb)');
    await store.db.query('INSERT INTO bench_stamp VALUES ($1, $2)', [stamp, JSON.stringify(load)]);
    return { url, load };
  } finally {
    await store.close();
  }
}
