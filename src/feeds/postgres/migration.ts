import type { PgMigration } from '../../store/postgres/migrations/migration.js';

/**
 * Polled feeds and the items taken from them, as on SQLite. `next_poll_at` (ISO, C collation so
 * it orders as time) is also the lease: a process takes a due feed by moving it forward, and a
 * process that dies mid-poll leaves a lease that simply runs out.
 */
export const pgFeedsMigration: PgMigration = {
  version: 4,
  name: 'feeds',
  async up(sql) {
    await sql.query(`
      CREATE TABLE feeds (
        id text COLLATE "C" PRIMARY KEY,
        scope text COLLATE "C" NOT NULL,
        url text NOT NULL,
        title text,
        added_at text COLLATE "C" NOT NULL,
        added_by text,
        etag text,
        last_modified text,
        last_checked_at text,
        last_success_at text,
        last_error text,
        last_error_at text,
        failures integer NOT NULL DEFAULT 0,
        next_poll_at text COLLATE "C" NOT NULL,
        item_count integer NOT NULL DEFAULT 0,
        added_count integer NOT NULL DEFAULT 0,
        UNIQUE (scope, url)
      );
      CREATE INDEX feeds_due ON feeds (next_poll_at);

      CREATE TABLE feed_items (
        feed_id text COLLATE "C" NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item_key text NOT NULL,
        article_id text,
        seen_at text NOT NULL,
        PRIMARY KEY (feed_id, item_key)
      );
    `);
  },
};
