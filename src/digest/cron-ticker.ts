import { Cron } from 'croner';
import type { Ticker } from './scheduler.js';

/**
 * The production ticker: croner at second 0 of every minute. `protect` skips a tick while the
 * previous one still runs (a slow digest never overlaps itself); errors are caught and reported.
 */
export function cronTicker(onError: (err: unknown) => void): Ticker {
  return {
    start(fn) {
      const job = new Cron('* * * * *', { protect: true, catch: onError }, async () => {
        await fn();
      });
      return { stop: () => job.stop() };
    },
  };
}
