import type { Logger } from '../../log.js';
import type { PgDatabase } from './database.js';
import type { PgMigration } from './migrations/migration.js';

// The two int4 keys of the migration lock: a class of our own, and the schema's hash (the
// second is computed by the server), so databases and schemas migrate independently.
const MIGRATION_LOCK = 0x6e6d;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction,
 * while holding a session advisory lock: when several processes start at once, one migrates and
 * the others wait, then find every version applied. Returns the versions this call applied.
 */
export async function migratePostgres(
  db: PgDatabase,
  migrations: readonly PgMigration[],
  log?: Logger,
): Promise<number[]> {
  const client = await db.checkout();
  const lock = `${MIGRATION_LOCK}, hashtext(current_schema())`;
  try {
    await client.query(`SELECT pg_advisory_lock(${lock})`);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
          (r) => r.version,
        ),
      );
      const newest = Math.max(0, ...done);
      const known = migrations.reduce((max, m) => Math.max(max, m.version), 0);
      if (newest > known) {
        throw new Error(
          `The database schema (version ${newest}) is newer than this program supports (${known}); upgrade the program.`,
        );
      }
      const applied: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await m.up(client);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            m.version,
            m.name,
          ]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
        applied.push(m.version);
        log?.info({ version: m.version, name: m.name }, 'applied postgres migration');
      }
      return applied;
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${lock})`).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}
