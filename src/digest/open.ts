import type { Database } from 'better-sqlite3';
import type { ArticleStore } from '../store/article-store.js';
import type { DigestLedger } from './ledger.js';
import { SqliteDigestLedger } from './sqlite/ledger.js';

const opened = new WeakMap<ArticleStore, DigestLedger>();

/** The digest ledger in the article store's database (SQLite today), one per store. */
export function digestLedgerFor(store: ArticleStore): DigestLedger {
  let ledger = opened.get(store);
  if (!ledger) {
    const db = (store as { db?: Database }).db;
    if (!db)
      throw new Error('The digest ledger needs the SQLite article store (no database handle on this store).');
    ledger = new SqliteDigestLedger(db);
    opened.set(store, ledger);
  }
  return ledger;
}
