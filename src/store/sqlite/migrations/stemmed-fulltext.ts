import type { Migration } from './migration.js';

/**
 * The full-text index, rebuilt with Porter stemming over unicode61 (case and diacritics folded),
 * so "ferry" finds "ferries" and "ferried". Otherwise as migration 2: contentless, with
 * contentless_delete, and an fts5vocab table of per-term document counts (now stems) for the
 * query planner. Every stored article, duplicates included, is indexed again from its stored
 * title and text, as the writer indexes it.
 */
export const stemmedFulltextMigration: Migration = {
  version: 9,
  name: 'stemmed-fulltext',
  up(db) {
    db.exec(`
      DROP TABLE articles_vocab;
      DROP TABLE articles_fts;
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content = '', contentless_delete = 1,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');
      INSERT INTO articles_fts (rowid, title, text)
        SELECT a.seq, a.title, b.text FROM articles a JOIN article_bodies b ON b.seq = a.seq ORDER BY a.seq;
      INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
    `);
  },
};
