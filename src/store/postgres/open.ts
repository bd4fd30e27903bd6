import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import type { SearchTuning } from '../sqlite/search/search.js';
import { PgDatabase } from './database.js';
import { migratePostgres } from './migrate.js';
import type { PgMigration } from './migrations/migration.js';
import { PostgresArticleStore } from './store.js';

export interface OpenPostgresStoreOptions {
  /** DATABASE_URL (or `--db postgres://…`). */
  url: string;
  clock?: Clock | undefined;
  log?: Logger | undefined;
  /** Every migration of the database, as the composition root numbers them (src/app/postgres-backend.ts). */
  migrations: readonly PgMigration[];
  tuning?: SearchTuning | undefined;
  /** Connections in the pool (default 10). */
  poolSize?: number | undefined;
  /** Where the URL came from, named when it cannot be used (default DATABASE_URL). */
  variable?: string | undefined;
}

/**
 * Connects to the database (a UserError naming DATABASE_URL, password masked, when it cannot),
 * applies the pending migrations under the migration lock, and opens the article store.
 */
export async function openPostgresStore(o: OpenPostgresStoreOptions): Promise<PostgresArticleStore> {
  const db = await PgDatabase.open({ url: o.url, log: o.log, max: o.poolSize, variable: o.variable });
  try {
    await migratePostgres(db, o.migrations, o.log);
  } catch (err) {
    await db.close();
    throw err;
  }
  return new PostgresArticleStore({ db, clock: o.clock ?? systemClock, tuning: o.tuning });
}
