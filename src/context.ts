import type { Config } from './config.js';
import type { Logger } from './log.js';
import type { Clock } from './clock.js';
import type { ArticleStore } from './store/article-store.js';
import type Keyv from 'keyv';

/**
 * Everything a command needs, built once by the entry point and passed down explicitly
 * (no globals). Tests build the same object over a temp-dir SQLite file and local doubles.
 */
export interface AppContext {
  config: Config;
  store: ArticleStore;
  log: Logger;
  clock: Clock;
  /** A Keyv namespace for small state (settings, caches); the same instance per namespace. */
  keyv(namespace: string): Promise<Keyv>;
}
