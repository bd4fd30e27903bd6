export { PgDatabase, type Sql } from './database.js';
export { openPostgresStore, type OpenPostgresStoreOptions } from './open.js';
export { PostgresArticleStore } from './store.js';
export type { PgMigration } from './migrations/migration.js';
