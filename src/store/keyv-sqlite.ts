import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import type { KeyvStoreAdapter, StoredData } from 'keyv';

/** Where the Keyv table lives: an open database (e.g. the article store's) or a file path. */
export type KeyvSqliteOptions = { db: Database; path?: undefined } | { path: string; db?: undefined };

/**
 * A Keyv v5 storage adapter on better-sqlite3, in the `keyv` table of the same file as the
 * articles: `keyv(key TEXT PRIMARY KEY, value TEXT, expires INTEGER)`. Keyv prefixes keys with
 * `namespace:` and serializes values itself; this adapter only stores strings. `expires` (ms since
 * the epoch) lets reads skip expired rows and lets `clear`/`iterator` purge them.
 */
export class KeyvSqlite extends EventEmitter implements KeyvStoreAdapter {
  /** Keyv reads `opts.dialect` to know this adapter can iterate. */
  opts: { dialect: 'sqlite'; url: string; [k: string]: unknown };
  namespace?: string | undefined;
  private readonly db: Database;
  private readonly ownsDb: boolean;
  private readonly s: {
    get: Statement<[string, number], { value: string }>;
    set: Statement<[string, string, number | null]>;
    del: Statement<[string]>;
    clearPrefix: Statement<[string, string]>;
    clearAll: Statement<[]>;
    iterate: Statement<[string, string, number], { key: string; value: string }>;
    purge: Statement<[number]>;
  };

  constructor(options: KeyvSqliteOptions) {
    super();
    if (options.db) {
      this.db = options.db;
      this.ownsDb = false;
    } else {
      if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
      this.db = new BetterSqlite3(options.path);
      this.db.pragma('busy_timeout = 5000');
      if (options.path !== ':memory:') this.db.pragma('journal_mode = WAL');
      this.ownsDb = true;
    }
    this.opts = { dialect: 'sqlite', url: `sqlite://${options.path ?? this.db.name}` };
    this.db.exec('CREATE TABLE IF NOT EXISTS keyv (key TEXT PRIMARY KEY, value TEXT, expires INTEGER)');
    const live = '(expires IS NULL OR expires > ?)';
    this.s = {
      get: this.db.prepare(`SELECT value FROM keyv WHERE key = ? AND ${live}`),
      set: this.db.prepare('INSERT OR REPLACE INTO keyv (key, value, expires) VALUES (?, ?, ?)'),
      del: this.db.prepare('DELETE FROM keyv WHERE key = ?'),
      clearPrefix: this.db.prepare('DELETE FROM keyv WHERE key >= ? AND key < ?'),
      clearAll: this.db.prepare('DELETE FROM keyv'),
      iterate: this.db.prepare(
        `SELECT key, value FROM keyv WHERE key >= ? AND key < ? AND ${live} ORDER BY key`,
      ),
      purge: this.db.prepare('DELETE FROM keyv WHERE expires IS NOT NULL AND expires <= ?'),
    };
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    return this.s.get.get(key, Date.now())?.value as StoredData<Value> | undefined;
  }

  async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    const now = Date.now();
    return keys.map((k) => this.s.get.get(k, now)?.value as StoredData<Value | undefined>);
  }

  async set(key: string, value: unknown, ttl?: number): Promise<boolean> {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    this.s.set.run(key, text, typeof ttl === 'number' && ttl > 0 ? Date.now() + ttl : null);
    return true;
  }

  async setMany(values: Array<{ key: string; value: unknown; ttl?: number }>): Promise<void> {
    this.db.transaction(() => {
      for (const v of values) void this.set(v.key, v.value, v.ttl);
    })();
  }

  async delete(key: string): Promise<boolean> {
    return this.s.del.run(key).changes > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    return this.db.transaction(() => keys.reduce((any, k) => this.s.del.run(k).changes > 0 || any, false))();
  }

  async has(key: string): Promise<boolean> {
    return this.s.get.get(key, Date.now()) !== undefined;
  }

  async hasMany(keys: string[]): Promise<boolean[]> {
    const now = Date.now();
    return keys.map((k) => this.s.get.get(k, now) !== undefined);
  }

  /** Deletes this namespace's keys (every key when there is no namespace) and any expired row. */
  async clear(): Promise<void> {
    this.db.transaction(() => {
      if (this.namespace) this.s.clearPrefix.run(...prefixRange(`${this.namespace}:`));
      else this.s.clearAll.run();
      this.s.purge.run(Date.now());
    })();
  }

  async *iterator<Value>(
    namespace?: string,
  ): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    const prefix = namespace ? `${namespace}:` : '';
    // Read all rows first: the caller may delete while iterating.
    const rows = this.s.iterate.all(...prefixRange(prefix), Date.now());
    for (const row of rows) yield [row.key, row.value];
  }

  /** Closes the database only if this adapter opened it. */
  async disconnect(): Promise<void> {
    if (this.ownsDb && this.db.open) this.db.close();
  }
}

/** The key range `[prefix, prefix + highest character)`: every key starting with the prefix, using the index. */
function prefixRange(prefix: string): [string, string] {
  return [prefix, `${prefix}\u{10ffff}`];
}
