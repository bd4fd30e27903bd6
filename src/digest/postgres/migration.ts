import type { PgMigration } from '../../store/postgres/migrations/migration.js';

/**
 * The digest ledger: one row per (server, local date). Its primary key is the claim: a process
 * inserts the row before posting, and a second insert for the same key — from any process
 * sharing the database — inserts nothing.
 */
export const pgDigestPostsMigration: PgMigration = {
  version: 3,
  name: 'digest-posts',
  async up(sql) {
    await sql.query(`
      CREATE TABLE digest_posts (
        guild_id text COLLATE "C" NOT NULL,
        date text COLLATE "C" NOT NULL,
        status text NOT NULL,
        claimed_at text NOT NULL,
        claimed_by text NOT NULL,
        channel_id text,
        message_ids text,
        note text,
        finished_at text,
        PRIMARY KEY (guild_id, date)
      );
    `);
  },
};

/** Retries for digests whose post failed or whose process died: attempts so far and when a failed one may be retaken. */
export const pgDigestRetryMigration: PgMigration = {
  version: 6,
  name: 'digest-retry',
  async up(sql) {
    await sql.query(`
      ALTER TABLE digest_posts ADD COLUMN attempts integer NOT NULL DEFAULT 1;
      ALTER TABLE digest_posts ADD COLUMN retry_at text COLLATE "C";
    `);
  },
};
