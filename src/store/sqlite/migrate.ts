import type { Database } from 'better-sqlite3';
import type { Logger } from '../../log.js';
import type { Migration } from './migrations/index.js';

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own immediate
 * transaction (re-checked inside it, so two processes opening a new file at once apply each
 * migration once). Mirrors the newest version into `PRAGMA user_version`. Returns the versions applied.
 */
export function migrate(db: Database, migrations: readonly Migration[], log?: Logger): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const isApplied = db.prepare<[number], { version: number }>(
    'SELECT version FROM schema_migrations WHERE version = ?',
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const newest =
    db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get()?.v ?? 0;
  const known = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (newest > known) {
    throw new Error(
      `The database schema (version ${newest}) is newer than this program supports (${known}); upgrade the program.`,
    );
  }
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (isApplied.get(m.version)) return false;
      m.up(db);
      record.run(m.version, m.name, new Date().toISOString());
      // The newest version applied, even when an older one is applied late (a merged branch's).
      const newestApplied = Math.max(m.version, Number(db.pragma('user_version', { simple: true })));
      db.pragma(`user_version = ${newestApplied}`);
      return true;
    });
    if (apply.immediate()) {
      applied.push(m.version);
      log?.info({ version: m.version, name: m.name }, 'applied database migration');
    }
  }
  return applied;
}
