import type { Migration } from '../../store/sqlite/migrations/migration.js';

/**
 * Story grouping state. `story_articles` has one row per grouped article (members carry their
 * stored features as JSON; syndicated copies have none) and disappears with its article.
 * `story_keys` is the candidate index (an article's most telling terms and names → stories);
 * `story_df` the document frequencies grouping weighs terms by, `story_meta` their document count.
 */
export const storiesMigration: Migration = {
  version: 3,
  name: 'stories',
  up(db) {
    db.exec(`
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        scope TEXT NOT NULL,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX stories_scope ON stories(scope);

      CREATE TABLE story_articles (
        article_seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        day INTEGER NOT NULL,
        is_copy INTEGER NOT NULL DEFAULT 0,
        features TEXT
      );
      CREATE INDEX story_articles_story ON story_articles(story_id, day);

      CREATE TABLE story_keys (
        key TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        PRIMARY KEY (key, story_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_keys_story ON story_keys(story_id);

      CREATE TABLE story_df (key TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE story_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO story_meta (key, value) VALUES ('documents', 0);
    `);
  },
};

/**
 * Story merges. When one article clearly belongs to two stories they are merged: the story that
 * goes away keeps its `stories` row (its id is never reused, its label is shown as it was) and gets
 * a row here pointing at the story it went into, so lookups of the old id still resolve. Chains are
 * collapsed when written: `into_id` is always a story that has not been merged away.
 */
export const storyRedirectsMigration: Migration = {
  version: 11,
  name: 'story-redirects',
  up(db) {
    db.exec(`
      CREATE TABLE story_redirects (
        from_id TEXT PRIMARY KEY REFERENCES stories(id),
        into_id TEXT NOT NULL REFERENCES stories(id),
        merged_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX story_redirects_into ON story_redirects(into_id);
    `);
  },
};
