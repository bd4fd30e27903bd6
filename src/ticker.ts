import { Cron } from 'croner';

/** Something that calls a function every minute until stopped (croner in production, tests call `tick`). */
export interface Ticker {
  start(fn: () => Promise<void>): { stop(): void };
}

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
