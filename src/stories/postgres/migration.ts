import type { PgMigration } from '../../store/postgres/migrations/migration.js';

/**
 * Story grouping state, as on SQLite (see the SQLite `stories` migration): stories, one row per
 * grouped article (members carry their features as JSON; copies none), the candidate index of
 * telling terms and names, and the document frequencies grouping weighs terms by. Articles are
 * referenced by `seq` and leave their story with their row.
 */
export const pgStoriesMigration: PgMigration = {
  version: 2,
  name: 'stories',
  async up(sql) {
    await sql.query(`
      CREATE TABLE stories (
        id text COLLATE "C" PRIMARY KEY,
        scope text COLLATE "C" NOT NULL,
        label text NOT NULL,
        created_at text COLLATE "C" NOT NULL
      );
      CREATE INDEX stories_scope ON stories (scope);

      CREATE TABLE story_articles (
        article_seq bigint PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
        story_id text COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        day integer NOT NULL,
        is_copy boolean NOT NULL DEFAULT false,
        features text
      );
      CREATE INDEX story_articles_story ON story_articles (story_id, day);

      CREATE TABLE story_keys (
        key text COLLATE "C" NOT NULL,
        story_id text COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        PRIMARY KEY (key, story_id)
      );
      CREATE INDEX story_keys_story ON story_keys (story_id);

      CREATE TABLE story_df (key text COLLATE "C" PRIMARY KEY, df integer NOT NULL);
      CREATE TABLE story_meta (key text PRIMARY KEY, value bigint NOT NULL);
      INSERT INTO story_meta (key, value) VALUES ('documents', 0);
    `);
  },
};

/**
 * Story merges: the story that goes away keeps its `stories` row and gets a row here pointing at
 * the story it went into, so lookups of the old id still resolve. Chains are collapsed when
 * written: `into_id` is always a story that has not been merged away.
 */
export const pgStoryRedirectsMigration: PgMigration = {
  version: 8,
  name: 'story-redirects',
  async up(sql) {
    await sql.query(`
      CREATE TABLE story_redirects (
        from_id text COLLATE "C" PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        into_id text COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        merged_at text COLLATE "C" NOT NULL
      );
      CREATE INDEX story_redirects_into ON story_redirects (into_id);
    `);
  },
};
