import type { Migration } from './migration.js';

/**
 * The full-text index: contentless (the text is already in article_bodies) with
 * contentless_delete so an article can be removed by rowid. unicode61 folds case and diacritics;
 * no stemming, so a search matches the words typed (use `word*` for variants). The fts5vocab
 * table gives per-term document counts, which the query planner uses to spot very common words.
 */
export const fulltextMigration: Migration = {
  version: 2,
  name: 'fulltext',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');
    `);
  },
};
