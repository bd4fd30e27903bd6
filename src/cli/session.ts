import type { App } from '../app/app.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Clock } from '../clock.js';
import type { CliIO } from './io.js';
import { openApp } from '../app/app.js';

/** What every CLI and console command gets: its IO, the scope it sees, and a lazily opened app. */
export interface CliSession {
  io: CliIO;
  /** `--scope <guildId>`: global articles plus that server's; undefined = global only. */
  scope: string | undefined;
  clock: Clock;
  /** The validated configuration, for commands that open no app (`migrate`, `doctor`). */
  config: Config;
  /** The database the app opens (`--db` over NEWSROOM_DB / DATABASE_URL). */
  databasePath: string;
  log: Logger;
  /**
   * Opens the app on first use, so `--help` and bad arguments never touch the database. Its
   * engines are built once, so their concurrency bound and "API key refused" state hold across
   * console commands.
   */
  context(): Promise<App>;
  close(): Promise<void>;
}

export interface SessionOptions {
  config: Config;
  log: Logger;
  clock: Clock;
  io: CliIO;
  scope?: string | undefined;
  /** `--db`, over NEWSROOM_DB. */
  database?: string | undefined;
}

export function createSession(options: SessionOptions): CliSession {
  let opened: Promise<App> | undefined;
  return {
    io: options.io,
    scope: options.scope,
    clock: options.clock,
    config: options.config,
    databasePath: options.database ?? options.config.dbPath,
    log: options.log,
    context() {
      opened ??= openApp({
        config: options.config,
        log: options.log,
        clock: options.clock,
        database: options.database,
      });
      return opened;
    },
    async close() {
      // An app that failed to open has nothing to close; its error was already reported.
      const app = await opened?.catch(() => undefined);
      await app?.close();
    },
  };
}
