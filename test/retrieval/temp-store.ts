import type { ArticleDraft } from '../../src/articles/article.js';
import type { ArticleStore, UpsertResult } from '../../src/store/article-store.js';
import { openTestApp } from '../helpers/open-test-app.js';

/** A real SQLite store in a fresh temp directory, with a fixed clock. */
export async function openTempStore(): Promise<{ store: ArticleStore; close: () => Promise<void> }> {
  const app = await openTestApp({ now: '2024-03-15T12:00:00Z' });
  return { store: app.store, close: () => app.cleanup() };
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
