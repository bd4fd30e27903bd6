import type { Migration } from '../../store/sqlite/migrations/migration.js';

/**
 * Polled feeds, global or per server (scope), each with its conditional-request validators
 * (ETag, Last-Modified), health (last success, last error, failures in a row) and the time it is
 * next due, which backoff pushes out after errors.
 */
export const feedsMigration: Migration = {
  version: 5,
  name: 'feeds',
  up(db) {
    db.exec(`
      CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        scope TEXT NOT NULL,
        url TEXT NOT NULL,
        title TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT,
        etag TEXT,
        last_modified TEXT,
        last_checked_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        last_error_at TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        next_poll_at TEXT NOT NULL,
        item_count INTEGER NOT NULL DEFAULT 0,
        added_count INTEGER NOT NULL DEFAULT 0,
        UNIQUE (scope, url)
      ) WITHOUT ROWID;
      CREATE INDEX feeds_due ON feeds(next_poll_at);
    `);
  },
};

/**
 * Feed items already taken in, per feed (by the item's guid, else its link): a poll fetches only
 * the pages of new items instead of re-reading every item the feed still lists.
 */
export const feedItemsMigration: Migration = {
  version: 6,
  name: 'feed-items',
  up(db) {
    db.exec(`
      CREATE TABLE feed_items (
        feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        article_id TEXT,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, item_key)
      ) WITHOUT ROWID;
    `);
  },
};
