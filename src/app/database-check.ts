import { existsSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { HealthCheck } from '../health.js';
import { SQLITE_MIGRATIONS } from './sqlite-backend.js';

/**
 * Checks the SQLite file without opening the app (which would migrate it, or fail on a damaged
 * file): it opens read-only, runs `integrity_check`, compares the applied migrations with the
 * program's, and reports the size.
 */
export function checkDatabaseFile(path: string): HealthCheck[] {
  if (path === ':memory:') return [{ name: 'database', status: 'skipped', detail: 'in-memory database' }];
  if (!existsSync(path))
    return [
      {
        name: 'database',
        status: 'warn',
        detail: `${path} does not exist yet`,
        fix: 'It is created on first use; check NEWSROOM_DB if you expected an existing archive there.',
      },
    ];
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const integrity = (db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>).map(
      (r) => r.integrity_check,
    );
    const hasTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    const applied = hasTable
      ? (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
          (r) => r.version,
        )
      : [];
    const known = SQLITE_MIGRATIONS.map((m) => m.version);
    const pending = known.filter((v) => !applied.includes(v));
    const unknown = applied.filter((v) => !known.includes(v));
    const bytes = ['', '-wal'].reduce((n, s) => n + (existsSync(path + s) ? statSync(path + s).size : 0), 0);
    const checks: HealthCheck[] = [
      integrity.length === 1 && integrity[0] === 'ok'
        ? { name: 'database integrity', status: 'ok', detail: `integrity_check ok (${path})` }
        : {
            name: 'database integrity',
            status: 'fail',
            detail: `integrity_check found problems: ${integrity.slice(0, 3).join('; ')}`,
            fix: 'Restore the file from a backup; or export what is readable with the sqlite3 shell (.recover) into a new file.',
          },
      unknown.length > 0
        ? {
            name: 'database migrations',
            status: 'fail',
            detail: `the file has migrations this program does not know (${unknown.join(', ')}): it was written by a newer version`,
            fix: 'Run the newer version of the bot, or restore a backup made with this one.',
          }
        : pending.length > 0
          ? {
              name: 'database migrations',
              status: 'warn',
              detail: `${pending.length} migration(s) not yet applied (${pending.join(', ')})`,
              fix: 'They are applied automatically the next time the bot or any newsroom command opens the database.',
            }
          : { name: 'database migrations', status: 'ok', detail: `all ${known.length} applied` },
      { name: 'database size', status: 'ok', detail: `${(bytes / 1_048_576).toFixed(1)} MB` },
    ];
    return checks;
  } catch (err) {
    return [
      {
        name: 'database',
        status: 'fail',
        detail: `${path} cannot be read: ${err instanceof Error ? err.message : String(err)}`,
        fix: 'If the file is damaged, restore it from a backup or move it aside to start a new one; if it is locked, stop the other newsroom process.',
      },
    ];
  } finally {
    db?.close();
  }
}
