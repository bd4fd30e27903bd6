import type { Database } from 'better-sqlite3';

/** One schema change. Applied once, inside its own transaction, in increasing `version` order. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
