import type { Sql } from '../database.js';

/** One schema change of the Postgres database. Applied once, in its own transaction, in increasing `version` order. */
export interface PgMigration {
  version: number;
  name: string;
  up(sql: Sql): Promise<void>;
}
