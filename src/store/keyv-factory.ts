import type { Database } from 'better-sqlite3';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { UserError } from '../errors.js';
import { KeyvSqlite } from './keyv-sqlite.js';

export interface CreateKeyvOptions {
  /** The open article database: small state lives in the same file (preferred). */
  db?: Database | undefined;
  /** A database file, when no open database is at hand. */
  path?: string | undefined;
  /** Keeps each user of the store (settings, answer cache…) apart. */
  namespace: string;
  /** KEYV_URL: another backend, e.g. `redis://host:6379`. Unset keeps state in SQLite. */
  keyvUrl?: string | undefined;
}

// URL scheme → the official adapter package. Only used when such a package is installed.
const ADAPTERS: Record<string, string> = {
  redis: '@keyv/redis',
  rediss: '@keyv/redis',
  valkey: '@keyv/valkey',
  postgres: '@keyv/postgres',
  postgresql: '@keyv/postgres',
  mysql: '@keyv/mysql',
  mongodb: '@keyv/mongo',
  'mongodb+srv': '@keyv/mongo',
  etcd: '@keyv/etcd',
};

/**
 * A Keyv for small state (guild settings, caches). By default on the embedded SQLite file; with a
 * KEYV_URL, on the matching `@keyv/<backend>` adapter if it is installed, else a UserError naming
 * what is supported.
 */
export async function createKeyv<V = unknown>(options: CreateKeyvOptions): Promise<Keyv<V>> {
  const store = options.keyvUrl ? await loadAdapter(options.keyvUrl) : embedded(options);
  return new Keyv<V>({ store, namespace: options.namespace });
}

function embedded(options: CreateKeyvOptions): KeyvSqlite {
  if (options.db) return new KeyvSqlite({ db: options.db });
  if (options.path) return new KeyvSqlite({ path: options.path });
  throw new Error('createKeyv needs an open database or a file path');
}

async function loadAdapter(url: string): Promise<KeyvStoreAdapter> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const pkg = ADAPTERS[scheme];
  const supported = 'Supported now: the embedded SQLite store (leave KEYV_URL unset)';
  if (!pkg) {
    throw new UserError(
      `KEYV_URL uses "${scheme || url.slice(0, 20)}", which is not a known Keyv backend. ${supported}.`,
      'bad_config',
    );
  }
  let mod: { default?: new (url: string) => KeyvStoreAdapter };
  try {
    mod = (await import(pkg)) as typeof mod;
  } catch {
    throw new UserError(
      `KEYV_URL needs the ${pkg} package, which is not installed. ${supported}, or install ${pkg}.`,
      'bad_config',
    );
  }
  if (typeof mod.default !== 'function')
    throw new UserError(`${pkg} does not export a Keyv adapter.`, 'bad_config');
  return new mod.default(url);
}
