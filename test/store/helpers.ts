import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { openSqliteStore, type SqliteArticleStore } from '../../src/store/sqlite/index.js';
import type { SearchTuning } from '../../src/store/sqlite/index.js';

export const NOW = '2024-06-01T12:00:00.000Z';

const opened: Array<{ store: SqliteArticleStore; dir: string }> = [];

afterEach(async () => {
  for (const { store, dir } of opened.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh store on a real SQLite file in a temp folder, closed and deleted after the test. */
export async function tempStore(
  options: { tuning?: SearchTuning } = {},
): Promise<{ store: SqliteArticleStore; path: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-store-'));
  const path = join(dir, 'nested', 'newsroom.db');
  const store = await openSqliteStore({ path, clock: fixedClock(NOW), tuning: options.tuning });
  opened.push({ store, dir });
  return { store, path, dir };
}
