import type { Config } from '../config.js';
import type { AppContext } from '../context.js';
import type { Logger } from '../log.js';
import type { Clock } from '../clock.js';
import type { CliIO } from './io.js';
import type Keyv from 'keyv';

/** What every CLI and console command gets: its IO, the scope it sees, and a lazily opened context. */
export interface CliSession {
  io: CliIO;
  /** `--scope <guildId>`: global articles plus that server's; undefined = global only. */
  scope: string | undefined;
  clock: Clock;
  /** Opens the store on first use, so `--help` and bad arguments never touch the database. */
  context(): Promise<AppContext>;
  close(): Promise<void>;
}

export interface SessionOptions {
  config: Config;
  log: Logger;
  clock: Clock;
  io: CliIO;
  scope?: string | undefined;
  /** `--db`, over NEWSROOM_DB. */
  dbPath?: string | undefined;
}

export function createSession(options: SessionOptions): CliSession {
  let opened: Promise<AppContext> | undefined;
  return {
    io: options.io,
    scope: options.scope,
    clock: options.clock,
    context() {
      opened ??= (async () => {
        const { openSqliteStore } = await import('../store/sqlite/index.js');
        const { createKeyv } = await import('../store/keyv-factory.js');
        const store = await openSqliteStore({
          path: options.dbPath ?? options.config.dbPath,
          clock: options.clock,
          log: options.log,
        });
        const keyvs = new Map<string, Promise<Keyv>>();
        const keyv = (namespace: string) => {
          let k = keyvs.get(namespace);
          if (!k) {
            k = createKeyv({ db: store.db, namespace, keyvUrl: options.config.keyvUrl });
            keyvs.set(namespace, k);
          }
          return k;
        };
        return { config: options.config, store, log: options.log, clock: options.clock, keyv };
      })();
      return opened;
    },
    async close() {
      if (opened) await (await opened).store.close();
    },
  };
}
