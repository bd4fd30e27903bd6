import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../src/app/app.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/log.js';
import { SqliteArticleStore, type SearchTuning } from '../../src/store/sqlite/index.js';

/** The application as production wires it, on a real SQLite file in a fresh temp folder. */
export interface TestApp extends App {
  /** The SQLite store, for tests that look at its tables. */
  store: SqliteArticleStore;
  clock: ReturnType<typeof fixedClock>;
  /** The temp folder (inputs may be written here); deleted by `cleanup`. */
  dir: string;
  /** The database file. */
  path: string;
  /** Closes the app and deletes the folder. */
  cleanup(): Promise<void>;
}

export interface TestAppOptions {
  /** Environment on top of NEWSROOM_DB (e.g. ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL). */
  env?: Record<string, string | undefined>;
  /** The fixed clock's start. */
  now?: string;
  tuning?: SearchTuning;
  /** Default silent. */
  logLevel?: string;
  /** A logger of the test's own (to read what was logged); overrides `logLevel`. */
  log?: Logger;
  /** Database file name inside the temp folder (may name sub-folders). */
  file?: string;
}

/** Opens the app through the one composition root (`openApp`), config from `env` as in production. */
export async function openTestApp(o: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-test-'));
  const path = join(dir, o.file ?? 'newsroom.db');
  const clock = fixedClock(o.now ?? '2024-06-01T12:00:00.000Z');
  const config = loadConfig({ NEWSROOM_DB: path, ...o.env });
  const log = o.log ?? createLogger(o.logLevel ?? 'silent');
  const app = await openApp({ config, log, clock, tuning: o.tuning });
  const { store } = app;
  if (!(store instanceof SqliteArticleStore)) throw new Error('openApp did not open the SQLite store');
  return {
    ...app,
    store,
    clock,
    dir,
    path,
    async cleanup() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
