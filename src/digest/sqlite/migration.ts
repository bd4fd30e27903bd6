import type { Migration } from '../../store/sqlite/migrations/migration.js';

/**
 * The digest ledger: one row per (server, local date). The primary key is what makes "posted at
 * most once" hold across restarts and across processes sharing the file: a process inserts the
 * row (the claim) before posting, and a second insert for the same key fails.
 */
export const digestPostsMigration: Migration = {
  version: 4,
  name: 'digest-posts',
  up(db) {
    db.exec(`
      CREATE TABLE digest_posts (
        guild_id TEXT NOT NULL,
        date TEXT NOT NULL,
        status TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        claimed_by TEXT NOT NULL,
        channel_id TEXT,
        message_ids TEXT,
        note TEXT,
        finished_at TEXT,
        PRIMARY KEY (guild_id, date)
      ) WITHOUT ROWID;
    `);
  },
};

/**
 * Retries for digests whose post failed or whose process died: how many attempts were made and
 * when a failed one may be retaken. Rows from before keep `retry_at` NULL, so a digest that
 * failed under the old never-retry rule stays as it was.
 */
export const digestRetryMigration: Migration = {
  version: 10,
  name: 'digest-retry',
  up(db) {
    db.exec(`
      ALTER TABLE digest_posts ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE digest_posts ADD COLUMN retry_at TEXT;
    `);
  },
};
