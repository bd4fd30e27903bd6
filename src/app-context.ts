import type Keyv from 'keyv';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import type { Logger } from './log.js';
import type { Clock } from './clock.js';

export interface OpenAppContextOptions {
  config: Config;
  log: Logger;
  clock: Clock;
  /** Overrides `config.dbPath` (the CLI's `--db`). */
  dbPath?: string | undefined;
}

/**
 * The one wiring function: opens the embedded store and the Keyv namespaces on the same SQLite
 * file (or KEYV_URL's backend). Surfaces (CLI, console, bot) build their context through it.
 */
export async function openAppContext(options: OpenAppContextOptions): Promise<AppContext> {
  const { openSqliteStore } = await import('./store/sqlite/index.js');
  const { createKeyv } = await import('./store/keyv-factory.js');
  const store = await openSqliteStore({
    path: options.dbPath ?? options.config.dbPath,
    clock: options.clock,
    log: options.log,
  });
  const keyvs = new Map<string, Promise<Keyv>>();
  const keyv = (namespace: string): Promise<Keyv> => {
    let k = keyvs.get(namespace);
    if (!k) {
      k = createKeyv({ db: store.db, namespace, keyvUrl: options.config.keyvUrl });
      keyvs.set(namespace, k);
    }
    return k;
  };
  return { config: options.config, store, log: options.log, clock: options.clock, keyv };
}
