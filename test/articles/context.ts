import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../src/clock.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { IngestContext } from '../../src/articles/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { SqliteArticleStore } from '../../src/store/sqlite/index.js';

/** An ingest context on a real SQLite file in a fresh temp dir, plus the dir for test inputs. */
export interface TestIngest {
  ctx: IngestContext & { store: SqliteArticleStore };
  dir: string;
  cleanup: () => Promise<void>;
}

/** Builds the context; `env` overrides configuration (e.g. NEWSROOM_MAX_INPUT_BYTES). */
export async function makeIngestContext(env: Record<string, string> = {}): Promise<TestIngest> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-ingest-'));
  const config: Config = loadConfig({ NEWSROOM_DB: join(dir, 'test.db'), ...env });
  const clock = fixedClock('2024-10-01T12:00:00Z');
  const store = await openSqliteStore({ path: config.dbPath, clock });
  return {
    ctx: { store, config, log: createLogger('silent'), clock },
    dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
