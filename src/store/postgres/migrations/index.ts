export { pgArticlesMigration } from './001-articles.js';
export { pgArticleVersionsMigration } from './article-versions.js';
export { pgKeyvMigration } from './keyv.js';
export type { PgMigration } from './migration.js';
