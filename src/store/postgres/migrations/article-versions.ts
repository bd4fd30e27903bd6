import type { PgMigration } from './migration.js';

/**
 * Earlier versions of an article, kept when an `updated` re-ingest changes its text: the title,
 * text and content hash it had, and when that version was replaced. Removed with the article.
 */
export const pgArticleVersionsMigration: PgMigration = {
  version: 7,
  name: 'article-versions',
  async up(sql) {
    await sql.query(`
      CREATE TABLE article_versions (
        seq bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        version integer NOT NULL,
        title text NOT NULL,
        text text NOT NULL,
        content_hash text COLLATE "C" NOT NULL,
        replaced_at text COLLATE "C" NOT NULL,
        PRIMARY KEY (seq, version)
      );
    `);
  },
};
