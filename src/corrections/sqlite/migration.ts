import type { Migration } from '../../store/sqlite/migrations/migration.js';

/**
 * Public answers posted in Discord, kept 30 days so a later update of a cited article can be
 * flagged on the message: the message's place, the answer as posted, and one row per cited span
 * with the article version it was cited from, looked up by article when that article is updated.
 */
export const postedAnswersMigration: Migration = {
  version: 12,
  name: 'posted-answers',
  up(db) {
    db.exec(`
      CREATE TABLE answer_posts (
        key TEXT PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        interaction_id TEXT,
        user_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        read INTEGER,
        page INTEGER NOT NULL DEFAULT 0,
        posted_at TEXT NOT NULL,
        flagged_at TEXT,
        edited_at TEXT
      ) WITHOUT ROWID;
      CREATE INDEX answer_posts_posted ON answer_posts (posted_at);
      CREATE INDEX answer_posts_guild ON answer_posts (guild_id);
      CREATE INDEX answer_posts_pending ON answer_posts (flagged_at) WHERE edited_at IS NULL;

      CREATE TABLE answer_post_citations (
        article_id TEXT NOT NULL,
        key TEXT NOT NULL REFERENCES answer_posts(key) ON DELETE CASCADE,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (article_id, key, span_start, span_end)
      ) WITHOUT ROWID;
      CREATE INDEX answer_post_citations_key ON answer_post_citations (key);
    `);
  },
};
