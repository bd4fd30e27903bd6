import type { Migration } from './migration.js';

/**
 * Earlier versions of an article, kept when an `updated` re-ingest changes its text: the title,
 * text and content hash it had, and when that version was replaced. Removed with the article.
 */
export const articleVersionsMigration: Migration = {
  version: 8,
  name: 'article-versions',
  up(db) {
    db.exec(`
      CREATE TABLE article_versions (
        seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        PRIMARY KEY (seq, version)
      ) WITHOUT ROWID;
    `);
  },
};
