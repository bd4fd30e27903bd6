import type { Migration } from './migration.js';

/**
 * New band keys go to a small table first and are merged into `article_bands` in key order, a
 * few thousand articles at a time (a two-level LSM). Band keys are random, so writing each
 * article's twenty keys straight into the large table dirtied twenty scattered pages per article,
 * which every commit and checkpoint then wrote out: at 100,000 articles that was a third of the
 * ingest time. Lookups read both tables.
 */
export const recentBandsMigration: Migration = {
  version: 7,
  name: 'recent-bands',
  up(db) {
    db.exec(`
      CREATE TABLE article_bands_recent (
        band_key INTEGER NOT NULL,
        seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        PRIMARY KEY (band_key, seq)
      ) WITHOUT ROWID;
      CREATE INDEX article_bands_recent_seq ON article_bands_recent(seq);
    `);
  },
};
