/**
 * In-flight work of the bot, so shutdown can let answers finish (or tell their users the bot is
 * restarting) instead of leaving them on "thinking…".
 */
export interface BotRuntime {
  /** Aborted when the grace period for in-flight work runs out. */
  readonly signal: AbortSignal;
  /** True once shutdown began: new commands get a "restarting" reply. */
  stopping(): boolean;
  /** Runs one interaction's handler, tracked until it settles. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Stops accepting work, waits up to `graceMs` for in-flight work, then aborts what is left and waits for it to wind up. */
  drain(graceMs: number): Promise<{ finished: number; aborted: number }>;
  inFlight(): number;
}

export function createRuntime(): BotRuntime {
  const controller = new AbortController();
  const pending = new Set<Promise<unknown>>();
  let stopping = false;
  return {
    signal: controller.signal,
    stopping: () => stopping,
    inFlight: () => pending.size,
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
      return work;
    },
    async drain(graceMs) {
      stopping = true;
      const atStart = pending.size;
      let timer: NodeJS.Timeout | undefined;
      const all = () => Promise.all([...pending]);
      await Promise.race([all(), new Promise((r) => (timer = setTimeout(r, graceMs)))]);
      clearTimeout(timer);
      const aborted = pending.size;
      if (aborted > 0) {
        controller.abort(new Error('The bot is restarting'));
        // Handlers catch the abort and tell their users; give those edits a moment.
        await Promise.race([all(), new Promise((r) => setTimeout(r, 5_000))]);
      }
      return { finished: atStart - aborted, aborted };
    },
  };
}

/** Shown when a command arrives during shutdown, or an answer is cut short by it. */
export const RESTARTING_MESSAGE = 'The bot is restarting. Please ask again in a minute.';
