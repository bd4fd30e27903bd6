import type { Config } from '../config.js';
import type { AppContext } from '../context.js';
import type { Logger } from '../log.js';
import type { Clock } from '../clock.js';
import type { CliIO } from './io.js';
import { openAppContext } from '../app-context.js';
import type { AnswerEngine } from '../answers/answer.js';
import type { EngineChoice } from '../answers/engines.js';

/** What every CLI and console command gets: its IO, the scope it sees, and a lazily opened context. */
export interface CliSession {
  io: CliIO;
  /** `--scope <guildId>`: global articles plus that server's; undefined = global only. */
  scope: string | undefined;
  clock: Clock;
  /** Opens the store on first use, so `--help` and bad arguments never touch the database. */
  context(): Promise<AppContext>;
  /**
   * The answer engine for a choice (`--engine`), built once per session so its concurrency
   * limit and its "API key refused" state hold across console commands.
   */
  engine(choice?: string): Promise<AnswerEngine>;
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
  const engines = new Map<string, Promise<AnswerEngine>>();
  return {
    io: options.io,
    scope: options.scope,
    clock: options.clock,
    context() {
      opened ??= openAppContext({
        config: options.config,
        log: options.log,
        clock: options.clock,
        dbPath: options.dbPath,
      });
      return opened;
    },
    engine(choice) {
      const key = choice ?? 'default';
      let engine = engines.get(key);
      if (!engine) {
        // Loaded on first use: the engines (and their date parsers) cost ~0.2 s to import, which
        // `search`, `list` and the other store commands never need.
        engine = this.context().then(async (ctx) =>
          (await import('../app-engine.js')).createAppEngine(ctx, choice as EngineChoice | undefined),
        );
        // A bad choice is the user's error; don't keep the rejected promise around.
        engine.catch(() => engines.delete(key));
        engines.set(key, engine);
      }
      return engine;
    },
    async close() {
      if (opened) await (await opened).store.close();
    },
  };
}
