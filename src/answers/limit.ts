/** A bound on concurrent async work: at most `max` tasks run at once, the rest wait in FIFO order. */
export interface Limiter {
  /** Runs `task` when a slot is free; resolves or rejects with the task's own outcome. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly queued: number;
}

/**
 * Creates a limiter with `max` slots (at least 1). Used to keep the number of Messages API requests
 * in flight bounded (config `ANTHROPIC_MAX_CONCURRENCY`, default 4) while answers queue up fairly.
 */
export function createLimiter(max: number): Limiter {
  const slots = Math.max(1, Math.floor(max));
  const waiting: Array<() => void> = [];
  let active = 0;

  const release = (): void => {
    const next = waiting.shift();
    // Hand the slot straight to the next waiter, so `active` never dips and a late caller cannot jump the queue.
    if (next) next();
    else active--;
  };

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < slots) active++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
  };
}
