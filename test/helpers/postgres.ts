import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The Postgres server tests use: NEWSROOM_TEST_DATABASE_URL, else the local one every developer
 * machine and CI run has (trust auth, database `test`). Postgres tests skip, visibly, only when
 * it cannot be reached.
 */
export const TEST_DATABASE_URL =
  process.env.NEWSROOM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether the test server answers (checked once per test file). */
export const postgresAvailable: boolean = await reachable(TEST_DATABASE_URL);

/** Runs one statement as the test user, outside any store (setting up faults, counting rows). */
export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  params: unknown[] = [],
  url: string = TEST_DATABASE_URL,
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export interface TestSchema {
  schema: string;
  /** TEST_DATABASE_URL with the schema as its search_path: everything the app creates lands there. */
  url: string;
  /** The connections' application name (in pg_stat_activity): `newsroom-<schema>`. */
  applicationName: string;
  drop(): Promise<void>;
}

/** A fresh, empty schema (`t_<random>`), dropped with everything in it by `drop`. */
export async function createTestSchema(): Promise<TestSchema> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  return {
    schema,
    url: withSearchPath(TEST_DATABASE_URL, schema),
    applicationName: `newsroom-${schema}`,
    async drop() {
      await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

/** A Postgres URL whose connections use `schema` first and are named after it. */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  u.searchParams.set('application_name', `newsroom-${schema}`);
  return u.toString();
}

/** Ends every server connection of an application (as a restart would); returns how many. */
export async function terminateConnections(applicationName: string): Promise<number> {
  const rows = await adminQuery<{ n: number }>(
    'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1',
    [applicationName],
  );
  return rows[0]!.n;
}
