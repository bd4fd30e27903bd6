import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../src/app/app.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/log.js';
import { PostgresArticleStore } from '../../src/store/postgres/index.js';
import type { SearchTuning } from '../../src/store/sqlite/index.js';
import { createTestSchema } from './postgres.js';

/** The application as production wires it with DATABASE_URL set, on a fresh schema of the test server. */
export interface PostgresTestApp extends App {
  store: PostgresArticleStore;
  clock: ReturnType<typeof fixedClock>;
  /** DATABASE_URL of this app (the schema as search_path). */
  url: string;
  schema: string;
  /** Its connections' application name, to find them in pg_stat_activity. */
  applicationName: string;
  /** A temp folder for inputs; deleted by `cleanup`. */
  dir: string;
  /** Closes the app, drops the schema and deletes the folder. */
  cleanup(): Promise<void>;
}

export interface PostgresTestAppOptions {
  env?: Record<string, string | undefined>;
  now?: string;
  tuning?: SearchTuning;
  logLevel?: string;
  log?: Logger;
}

/** Opens the app through `openApp` with DATABASE_URL pointing at a new schema. */
export async function openPostgresTestApp(o: PostgresTestAppOptions = {}): Promise<PostgresTestApp> {
  const schema = await createTestSchema();
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-pg-test-'));
  const clock = fixedClock(o.now ?? '2024-06-01T12:00:00.000Z');
  const config = loadConfig({ NEWSROOM_DB: join(dir, 'unused.db'), DATABASE_URL: schema.url, ...o.env });
  const log = o.log ?? createLogger(o.logLevel ?? 'silent');
  let app: App;
  try {
    app = await openApp({ config, log, clock, tuning: o.tuning });
  } catch (err) {
    await schema.drop();
    throw err;
  }
  const { store } = app;
  if (!(store instanceof PostgresArticleStore)) throw new Error('openApp did not open the Postgres store');
  return {
    ...app,
    store,
    clock,
    url: schema.url,
    schema: schema.schema,
    applicationName: schema.applicationName,
    dir,
    async cleanup() {
      await app.close();
      await schema.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
