export { articlesMigration } from './001-articles.js';
export { fulltextMigration } from './002-fulltext.js';
export { recentBandsMigration } from './007-recent-bands.js';
export type { Migration } from './migration.js';
