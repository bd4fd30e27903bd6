import type { Logger } from '../log.js';
import type { SharedWindows } from '../store/redis-windows.js';

/** A sliding-window limit: at most `limit` events per `windowMs` per key. */
export interface RateLimiter {
  /** Milliseconds until the key may act again, or 0 when it may act now. Does not count. */
  wait(key: string, now: number): number;
  /** Counts one event for the key. */
  hit(key: string, now: number): void;
  /** Keys held in memory (those with an event in the window, and a few not yet swept). */
  readonly size: number;
}

// Keys whose events have all left the window are swept after this many hits, or after as many
// hits as there were keys after the last sweep, whichever is more: amortised constant work per hit.
const SWEEP_EVERY = 1_000;

/**
 * A key's events are pruned when the key is checked again; a user who acted once and never again
 * would be kept for ever (a slow leak over months of distinct users), so old keys are swept too.
 */
export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  const events = new Map<string, number[]>();
  let hitsSinceSweep = 0;
  let sweepAfter = SWEEP_EVERY;
  const recent = (key: string, now: number): number[] => {
    const list = (events.get(key) ?? []).filter((t) => now - t < options.windowMs);
    if (list.length === 0) events.delete(key);
    else events.set(key, list);
    return list;
  };
  const sweep = (now: number) => {
    for (const [key, list] of events)
      if (now - list[list.length - 1]! >= options.windowMs) events.delete(key);
    hitsSinceSweep = 0;
    sweepAfter = Math.max(SWEEP_EVERY, events.size);
  };
  return {
    wait(key, now) {
      const list = recent(key, now);
      return list.length < options.limit ? 0 : list[list.length - options.limit]! + options.windowMs - now;
    },
    hit(key, now) {
      events.set(key, [...recent(key, now), now]);
      if (++hitsSinceSweep >= sweepAfter) sweep(now);
    },
    get size() {
      return events.size;
    },
  };
}

/** Per-user and per-server limits checked together: an event is counted only when both allow it. */
export interface CommandLimits {
  /** null when allowed (and counted); else a short message with the wait in seconds. */
  take(userId: string, guildId: string | null, now: number): Promise<string | null>;
}

export interface CommandLimitOptions {
  userPerMinute: number;
  guildPerMinute: number;
  /**
   * Windows shared with the other bot processes (Redis): limits then hold across processes.
   * While they cannot be reached, the limits are kept in this process's memory.
   */
  shared?: SharedWindows | undefined;
  log?: Logger | undefined;
}

const WINDOW_MS = 60_000;

export function createCommandLimits(options: CommandLimitOptions): CommandLimits {
  const users = createRateLimiter({ limit: options.userPerMinute, windowMs: WINDOW_MS });
  const guilds = createRateLimiter({ limit: options.guildPerMinute, windowMs: WINDOW_MS });
  const userWait = (ms: number) => `You're asking quickly: try again in ${Math.ceil(ms / 1000)} s.`;
  const guildWait = (ms: number) =>
    `This server is asking a lot right now: try again in ${Math.ceil(ms / 1000)} s.`;
  const local = (userId: string, guildId: string | null, now: number): string | null => {
    const u = users.wait(userId, now);
    if (u > 0) return userWait(u);
    const g = guildId ? guilds.wait(guildId, now) : 0;
    if (g > 0) return guildWait(g);
    users.hit(userId, now);
    if (guildId) guilds.hit(guildId, now);
    return null;
  };
  let sharedDown = false;
  return {
    async take(userId, guildId, now) {
      if (!options.shared) return local(userId, guildId, now);
      const checks = [{ key: `user:${userId}`, limit: options.userPerMinute }];
      if (guildId) checks.push({ key: `guild:${guildId}`, limit: options.guildPerMinute });
      try {
        const full = await options.shared.take(checks, WINDOW_MS, now);
        if (sharedDown) options.log?.info('shared rate limits reachable again');
        sharedDown = false;
        if (!full) return null;
        return full.full === 0 ? userWait(full.waitMs) : guildWait(full.waitMs);
      } catch (err) {
        if (!sharedDown)
          options.log?.warn(
            { err: err instanceof Error ? err.message : String(err) },
            'shared rate limits unreachable; limiting in this process',
          );
        sharedDown = true;
        return local(userId, guildId, now);
      }
    },
  };
}
