export { pgArticlesMigration } from './001-articles.js';
export { pgKeyvMigration } from './keyv.js';
export type { PgMigration } from './migration.js';
