import type { Migration } from './migration.js';

/**
 * Articles live in two tables: `articles` holds the short fields every query filters on (kept
 * narrow so ranking thousands of full-text matches touches few pages), `article_bodies` the clean
 * text and the raw input. `sort_day` is the publication day (falling back to the ingest day) as
 * days since 1970-01-01: it orders `list` and drives date filters and the recency boost.
 */
export const articlesMigration: Migration = {
  version: 1,
  name: 'articles',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        external_id TEXT,
        url TEXT,
        canonical_url TEXT,
        title TEXT NOT NULL,
        outlet TEXT,
        byline TEXT,
        published_at TEXT,
        published_at_source TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        sort_day INTEGER NOT NULL,
        language TEXT,
        content_hash TEXT NOT NULL,
        scope TEXT NOT NULL,
        duplicate_of TEXT REFERENCES articles(id) ON DELETE SET NULL,
        is_example INTEGER NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX articles_scope_external ON articles(scope, external_id) WHERE external_id IS NOT NULL;
      CREATE INDEX articles_scope ON articles(scope);
      CREATE INDEX articles_hash ON articles(content_hash);
      CREATE INDEX articles_recent ON articles(sort_day, ingested_at);
      CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
      CREATE INDEX articles_duplicate ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
      CREATE INDEX articles_examples ON articles(is_example) WHERE is_example = 1;

      CREATE TABLE article_bodies (
        seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
        text TEXT NOT NULL,
        raw_kind TEXT NOT NULL,
        raw_source TEXT NOT NULL,
        raw_content TEXT NOT NULL
      );

      -- MinHash LSH band keys of original (non-duplicate) articles, for near-duplicate lookup.
      CREATE TABLE article_bands (
        band_key INTEGER NOT NULL,
        seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        PRIMARY KEY (band_key, seq)
      ) WITHOUT ROWID;
      CREATE INDEX article_bands_seq ON article_bands(seq);

      CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO store_meta (key, value) VALUES ('version', 0);
    `);
  },
};
