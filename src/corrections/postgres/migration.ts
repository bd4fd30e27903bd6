import type { PgMigration } from '../../store/postgres/migrations/migration.js';

/**
 * Public answers posted in Discord and the spans they cite, as on SQLite (see its
 * `posted-answers` migration): kept 30 days so a later update of a cited article can be flagged on
 * the message; cited spans are looked up by article and go with their post.
 */
export const pgPostedAnswersMigration: PgMigration = {
  version: 9,
  name: 'posted-answers',
  async up(sql) {
    await sql.query(`
      CREATE TABLE answer_posts (
        key text COLLATE "C" PRIMARY KEY,
        guild_id text COLLATE "C" NOT NULL,
        channel_id text COLLATE "C" NOT NULL,
        message_id text COLLATE "C" NOT NULL,
        interaction_id text COLLATE "C",
        user_id text COLLATE "C" NOT NULL,
        answer text NOT NULL,
        read integer,
        page integer NOT NULL DEFAULT 0,
        posted_at text COLLATE "C" NOT NULL,
        flagged_at text COLLATE "C",
        edited_at text COLLATE "C"
      );
      CREATE INDEX answer_posts_posted ON answer_posts (posted_at);
      CREATE INDEX answer_posts_guild ON answer_posts (guild_id);
      CREATE INDEX answer_posts_pending ON answer_posts (flagged_at) WHERE edited_at IS NULL;

      CREATE TABLE answer_post_citations (
        article_id text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL REFERENCES answer_posts(key) ON DELETE CASCADE,
        span_start integer NOT NULL,
        span_end integer NOT NULL,
        content_hash text COLLATE "C" NOT NULL,
        text text NOT NULL,
        PRIMARY KEY (article_id, key, span_start, span_end)
      );
      CREATE INDEX answer_post_citations_key ON answer_post_citations (key);
    `);
  },
};
