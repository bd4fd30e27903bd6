import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import { storeFault } from './faults.js';
import { migrate } from './migrate.js';
import type { Migration } from './migrations/index.js';
import type { SearchTuning } from './search/search.js';
import { SqliteArticleStore } from './store.js';

export interface OpenSqliteStoreOptions {
  /** Database file (its folder is created), or `:memory:`. */
  path: string;
  clock?: Clock | undefined;
  log?: Logger | undefined;
  /**
   * Every schema migration of the database, the article store's and the features' that share its
   * file, as the composition root numbers them (src/app/sqlite-backend.ts).
   */
  migrations: readonly Migration[];
  /** Query-planner thresholds; the defaults suit archives up to a few hundred thousand articles. */
  tuning?: SearchTuning | undefined;
}

/**
 * Opens (creating if needed) the article database: WAL journal so readers never block the
 * writer, foreign keys on, a busy timeout so a second process waits instead of failing, and the
 * pending schema migrations applied.
 */
export async function openSqliteStore(options: OpenSqliteStoreOptions): Promise<SqliteArticleStore> {
  const memory = options.path === ':memory:';
  if (!memory) mkdirSync(dirname(options.path), { recursive: true });
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(options.path);
  } catch (err) {
    throw storeFault(err, options.path);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!memory) {
      db.pragma('journal_mode = WAL');
      // Checkpoint every ~40 MB of log rather than every 4 MB: a page that many commits change
      // (index pages, the full-text index's structure) is copied into the database once per
      // checkpoint, and each checkpoint syncs twice. Bulk ingest spent a fifth of its time here.
      db.pragma('wal_autocheckpoint = 10000');
      // …and give the space back after a checkpoint rather than keep a 40 MB log file around.
      db.pragma('journal_size_limit = 67108864');
    }
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 32 MB of page cache: ranking touches many index pages; more would only grow memory.
    db.pragma('cache_size = -32000');
    db.pragma('temp_store = MEMORY');
    migrate(db, options.migrations, options.log);
  } catch (err) {
    db.close();
    throw storeFault(err, options.path);
  }
  return new SqliteArticleStore({
    db,
    path: options.path,
    clock: options.clock ?? systemClock,
    tuning: options.tuning,
  });
}
