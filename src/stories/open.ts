import type { Database } from 'better-sqlite3';
import type { Clock } from '../clock.js';
import type { ArticleStore } from '../store/article-store.js';
import { SqliteStoryStore } from './sqlite/story-store.js';
import type { StoryStore } from './story-store.js';

const opened = new WeakMap<ArticleStore, StoryStore>();

/**
 * The story store that lives next to an article store (same database), one per article store.
 * Today that is SQLite (the store exposes its better-sqlite3 handle); a Postgres article store
 * will get its own implementation here.
 */
export function storiesFor(store: ArticleStore, clock: Clock): StoryStore {
  let stories = opened.get(store);
  if (!stories) {
    const db = (store as { db?: Database }).db;
    if (!db) throw new Error('Stories need the SQLite article store (no database handle on this store).');
    stories = new SqliteStoryStore(db, clock);
    opened.set(store, stories);
  }
  return stories;
}
