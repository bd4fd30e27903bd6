export { articlesMigration } from './articles.js';
export { articleVersionsMigration } from './article-versions.js';
export { fulltextMigration } from './fulltext.js';
export { recentBandsMigration } from './recent-bands.js';
export type { Migration } from './migration.js';
