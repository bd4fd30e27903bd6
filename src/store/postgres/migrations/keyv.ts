import type { PgMigration } from './migration.js';

/**
 * The table @keyv/postgres keeps small state in (its own layout), created here so that several
 * processes starting at once do not race to create it.
 */
export const pgKeyvMigration: PgMigration = {
  version: 5,
  name: 'keyv',
  async up(sql) {
    await sql.query('CREATE TABLE IF NOT EXISTS keyv (key varchar(255) PRIMARY KEY, value text)');
  },
};
