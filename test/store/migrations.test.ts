import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/sqlite/migrate.js';
import { SQLITE_MIGRATIONS as MIGRATIONS } from '../../src/app/sqlite-backend.js';
import type { Migration } from '../../src/store/sqlite/migrations/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { BRIDGE_TEXT, draft } from './fixtures.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const freshPath = () => {
  dir = mkdtempSync(join(tmpdir(), 'newsroom-migrate-'));
  return join(dir, 'deep', 'er', 'news.db');
};

describe('schema migrations', () => {
  it('creates the folder, applies every migration once and records it', async () => {
    const path = freshPath();
    const store = await openSqliteStore({ path, migrations: MIGRATIONS });
    const rows = store.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    await store.close();
  });

  it('re-opens an existing database with its articles and applies nothing again', async () => {
    const path = freshPath();
    const first = await openSqliteStore({ path, migrations: MIGRATIONS });
    const { id } = await first.save(draft({ text: BRIDGE_TEXT, title: 'Bridge' }), { scope: 'global' });
    await first.close();
    const second = await openSqliteStore({ path, migrations: MIGRATIONS });
    expect((await second.get(id))?.title).toBe('Bridge');
    expect((await second.search({ text: 'Millbrook' })).map((h) => h.article.id)).toEqual([id]);
    expect(migrate(second.db, MIGRATIONS)).toEqual([]);
    expect(second.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    await second.close();
  });

  it('applies a new migration in a transaction: a failing one leaves no change', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS);
    const broken: Migration = {
      version: 99,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        d.exec('THIS IS NOT SQL');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(
      MIGRATIONS.at(-1)!.version,
    );
    const fixed: Migration = {
      version: 99,
      name: 'fixed',
      up: (d) => d.exec('CREATE TABLE done (x INTEGER)'),
    };
    expect(migrate(db, [...MIGRATIONS, fixed])).toEqual([99]);
    expect(db.pragma('user_version', { simple: true })).toBe(99);
    db.close();
  });

  it('refuses a database written by a newer program', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS);
    db.prepare("INSERT INTO schema_migrations VALUES (1000, 'future', '2030-01-01')").run();
    expect(() => migrate(db, MIGRATIONS)).toThrow(/newer than this program supports/);
    db.close();
  });

  it('works in memory', async () => {
    const store = await openSqliteStore({ path: ':memory:', migrations: MIGRATIONS });
    await store.save(draft({ text: BRIDGE_TEXT, title: 'Bridge' }), { scope: 'global' });
    expect((await store.stats()).bytes).toBe(0);
    await store.close();
    await store.close();
  });
});

describe('the one list of SQLite migrations', () => {
  it('numbers every migration once, in increasing order, each with its own name', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });
});
