import type { Database } from 'better-sqlite3';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { KeyvSqlite } from './keyv-sqlite.js';
import { PgDatabase } from './postgres/database.js';
import { connectRedis, type RedisClient } from './redis.js';

/** Where small state (guild settings, caches) lives: Keyv namespaces on one backend. */
export interface KeyvBackend {
  /** `sqlite`, `redis` or `postgres`. */
  readonly kind: 'sqlite' | 'redis' | 'postgres';
  /** The Redis connection, when state is in Redis (shared rate limits use it too). */
  readonly redis?: RedisClient | undefined;
  /** A Keyv namespace (each user of the store — settings, the answer cache… — apart). */
  namespace<V = unknown>(name: string): Keyv<V>;
  close(): Promise<void>;
}

export interface OpenKeyvOptions {
  /** KEYV_URL: `redis://…` or `postgres://…`. Unset: DATABASE_URL's database, else the SQLite file. */
  keyvUrl?: string | undefined;
  /** DATABASE_URL, when the articles are in Postgres: the default home of small state too. */
  databaseUrl?: string | undefined;
  /** The open SQLite article database (small state in the same file). */
  db?: Database | undefined;
  /** A SQLite file, when no open database is at hand. */
  path?: string | undefined;
  log?: Logger | undefined;
}

const SCHEMES: Record<string, 'redis' | 'postgres'> = {
  redis: 'redis',
  rediss: 'redis',
  postgres: 'postgres',
  postgresql: 'postgres',
};

/**
 * Opens the Keyv backend: Redis (`@keyv/redis`) or Postgres (`@keyv/postgres`) as KEYV_URL says,
 * else the Postgres database of DATABASE_URL, else the SQLite file. A URL that names another
 * backend, or a server that cannot be reached, is a UserError naming KEYV_URL.
 */
export async function openKeyvBackend(o: OpenKeyvOptions): Promise<KeyvBackend> {
  const url = o.keyvUrl ?? o.databaseUrl;
  if (!url) return sqliteBackend(o);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const kind = SCHEMES[scheme];
  if (!kind) {
    throw new UserError(
      `KEYV_URL uses "${scheme || url.slice(0, 20)}", which is not a supported Keyv backend: use redis://…, postgres://…, or leave it unset.`,
      'bad_config',
    );
  }
  const variable = o.keyvUrl ? 'KEYV_URL' : 'DATABASE_URL';
  return kind === 'redis' ? redisBackend(url, variable, o.log) : postgresBackend(url, variable, o);
}

/** One Keyv on the SQLite file (or a path): for tools that need a single namespace. */
export async function createKeyv<V = unknown>(o: {
  db?: Database | undefined;
  path?: string | undefined;
  namespace: string;
}): Promise<Keyv<V>> {
  return sqliteBackend(o).namespace<V>(o.namespace);
}

function sqliteBackend(o: Pick<OpenKeyvOptions, 'db' | 'path'>): KeyvBackend {
  const store = (): KeyvSqlite => {
    if (o.db) return new KeyvSqlite({ db: o.db });
    if (o.path) return new KeyvSqlite({ path: o.path });
    throw new Error('the SQLite Keyv store needs an open database or a file path');
  };
  const opened: Keyv[] = [];
  return {
    kind: 'sqlite',
    namespace<V>(name: string) {
      const keyv = new Keyv<V>({ store: store(), namespace: name });
      opened.push(keyv as Keyv);
      return keyv;
    },
    async close() {
      // Each Keyv on a path owns its file handle; one on the open database closes nothing.
      for (const k of opened.splice(0)) await k.disconnect();
    },
  };
}

async function redisBackend(url: string, variable: string, log?: Logger): Promise<KeyvBackend> {
  const { default: KeyvRedis } = await import('@keyv/redis');
  const client = await connectRedis(url, { variable, log });
  return {
    kind: 'redis',
    redis: client,
    namespace<V>(name: string) {
      // A command while Redis is away fails at once (no offline queue); Keyv then reads a miss
      // and skips the write, and the error is logged once per outage by the connection.
      const store = new KeyvRedis(client, {
        throwOnConnectError: false,
        throwOnErrors: false,
        namespace: name,
      });
      return quiet(new Keyv<V>({ store: store as KeyvStoreAdapter, namespace: name, useKeyPrefix: false }));
    },
    async close() {
      if (client.isOpen) await client.close().catch(() => client.destroy());
    },
  };
}

async function postgresBackend(url: string, variable: string, o: OpenKeyvOptions): Promise<KeyvBackend> {
  // DATABASE_URL was checked when the store opened; another database is checked here, so a bad
  // KEYV_URL stops start-up with one line rather than failing on first use.
  if (url !== o.databaseUrl) await (await PgDatabase.open({ url, variable, max: 1 })).close();
  const { default: KeyvPostgres } = await import('@keyv/postgres');
  const schema = schemaOf(url);
  return {
    kind: 'postgres',
    namespace<V>(name: string) {
      // The adapter keeps one module-wide pool for the last URL it saw, and its disconnect() ends
      // whichever pool that is now, so it is never called: its connections close after a second
      // idle and never keep the process alive.
      const store = new KeyvPostgres({
        uri: url,
        schema,
        max: 4,
        idleTimeoutMillis: 1_000,
        allowExitOnIdle: true,
      });
      return withLog(new Keyv<V>({ store, namespace: name }), o.log);
    },
    async close() {},
  };
}

/** The first schema of a URL's `options=-c search_path=…`, else `public` (the adapter's default). */
export function schemaOf(url: string): string {
  try {
    const options = new URL(url).searchParams.get('options') ?? '';
    const path = /search_path\s*=\s*([^\s,]+)/.exec(options)?.[1];
    return path ? path.replace(/^"|"$/g, '') : 'public';
  } catch {
    return 'public';
  }
}

// Redis errors are logged once per outage by the connection itself.
function quiet<V>(keyv: Keyv<V>): Keyv<V> {
  keyv.on('error', () => undefined);
  return keyv;
}

function withLog<V>(keyv: Keyv<V>, log?: Logger): Keyv<V> {
  keyv.on('error', (err: unknown) =>
    log?.warn({ err: err instanceof Error ? err.message : String(err) }, 'keyv error'),
  );
  return keyv;
}
