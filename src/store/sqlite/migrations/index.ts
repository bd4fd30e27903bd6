import { articlesMigration } from './001-articles.js';
import { fulltextMigration } from './002-fulltext.js';
import { recentBandsMigration } from './007-recent-bands.js';
import type { Migration } from './migration.js';
import { storiesMigration, storyRedirectsMigration } from '../../../stories/sqlite/migration.js';
import { digestPostsMigration } from '../../../digest/sqlite/migration.js';
import { feedItemsMigration, feedsMigration } from '../../../feeds/sqlite/migration.js';

export type { Migration } from './migration.js';

/** Every migration, oldest first. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  articlesMigration,
  fulltextMigration,
  // Stories, the digest ledger and feeds (issue 6): their schemas live with their code.
  storiesMigration,
  digestPostsMigration,
  feedsMigration,
  feedItemsMigration,
  // Near-duplicate band keys: a small recent table merged into article_bands (store, ingest speed).
  recentBandsMigration,
  // Redirects left by story merges.
  storyRedirectsMigration,
];
