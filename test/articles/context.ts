import type { IngestContext } from '../../src/articles/ingest-types.js';
import type { SqliteArticleStore } from '../../src/store/sqlite/index.js';
import { openTestApp } from '../helpers/open-test-app.js';

/** An ingest context on a real SQLite file in a fresh temp dir, plus the dir for test inputs. */
export interface TestIngest {
  ctx: IngestContext & { store: SqliteArticleStore };
  dir: string;
  cleanup: () => Promise<void>;
}

/** Builds the context; `env` overrides configuration (e.g. NEWSROOM_MAX_INPUT_BYTES). */
export async function makeIngestContext(env: Record<string, string> = {}): Promise<TestIngest> {
  const app = await openTestApp({ env, now: '2024-10-01T12:00:00Z' });
  return { ctx: app, dir: app.dir, cleanup: () => app.cleanup() };
}
