import { afterEach } from 'vitest';
import type { SqliteArticleStore, SearchTuning } from '../../src/store/sqlite/index.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';

export const NOW = '2024-06-01T12:00:00.000Z';

const opened: TestApp[] = [];

afterEach(async () => {
  for (const app of opened.splice(0)) await app.cleanup();
});

/** A fresh store on a real SQLite file in a temp folder, closed and deleted after the test. */
export async function tempStore(
  options: { tuning?: SearchTuning } = {},
): Promise<{ store: SqliteArticleStore; path: string; dir: string }> {
  const app = await openTestApp({ now: NOW, file: 'nested/newsroom.db', ...options });
  opened.push(app);
  return { store: app.store, path: app.path, dir: app.dir };
}
