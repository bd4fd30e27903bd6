export { articlesMigration } from './articles.js';
export { articleVersionsMigration } from './article-versions.js';
export { fulltextMigration } from './fulltext.js';
export { recentBandsMigration } from './recent-bands.js';
export { stemmedFulltextMigration } from './stemmed-fulltext.js';
export type { Migration } from './migration.js';
