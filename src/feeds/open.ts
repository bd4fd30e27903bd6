import type { Database } from 'better-sqlite3';
import type { ArticleStore } from '../store/article-store.js';
import type { FeedStore } from './feed-store.js';
import { SqliteFeedStore } from './sqlite/feed-store.js';

const opened = new WeakMap<ArticleStore, FeedStore>();

/** The feed store in the article store's database (SQLite today), one per store. */
export function feedsFor(store: ArticleStore): FeedStore {
  let feeds = opened.get(store);
  if (!feeds) {
    const db = (store as { db?: Database }).db;
    if (!db) throw new Error('Feeds need the SQLite article store (no database handle on this store).');
    feeds = new SqliteFeedStore(db);
    opened.set(store, feeds);
  }
  return feeds;
}
