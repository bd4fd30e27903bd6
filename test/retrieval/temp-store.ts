import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDraft } from '../../src/articles/article.js';
import { fixedClock } from '../../src/clock.js';
import type { ArticleStore, UpsertResult } from '../../src/store/article-store.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

/** A real SQLite store in a fresh temp directory, with a fixed clock. */
export async function openTempStore(): Promise<{ store: ArticleStore; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-answers-'));
  const store = await openSqliteStore({
    path: join(dir, 'news.db'),
    clock: fixedClock('2024-03-15T12:00:00Z'),
  });
  return {
    store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Saves drafts in order (global scope unless given); returns the store's results by external id. */
export async function saveAll(
  store: ArticleStore,
  drafts: ArticleDraft[],
  scope = 'global',
): Promise<Map<string, UpsertResult>> {
  const out = new Map<string, UpsertResult>();
  for (const d of drafts)
    out.set(d.externalId ?? d.title, await store.save(d, { scope, now: '2024-03-15T12:00:00.000Z' }));
  return out;
}
