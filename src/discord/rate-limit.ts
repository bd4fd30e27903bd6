/** A sliding-window limit: at most `limit` events per `windowMs` per key. */
export interface RateLimiter {
  /** Milliseconds until the key may act again, or 0 when it may act now. Does not count. */
  wait(key: string, now: number): number;
  /** Counts one event for the key. */
  hit(key: string, now: number): void;
}

export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  const events = new Map<string, number[]>();
  const recent = (key: string, now: number): number[] => {
    const list = (events.get(key) ?? []).filter((t) => now - t < options.windowMs);
    if (list.length === 0) events.delete(key);
    else events.set(key, list);
    return list;
  };
  return {
    wait(key, now) {
      const list = recent(key, now);
      return list.length < options.limit ? 0 : list[list.length - options.limit]! + options.windowMs - now;
    },
    hit(key, now) {
      events.set(key, [...recent(key, now), now]);
    },
  };
}

/** Per-user and per-server limits checked together: an event is counted only when both allow it. */
export interface CommandLimits {
  /** null when allowed (and counted); else a short message with the wait in seconds. */
  take(userId: string, guildId: string | null, now: number): string | null;
}

export function createCommandLimits(options: {
  userPerMinute: number;
  guildPerMinute: number;
}): CommandLimits {
  const users = createRateLimiter({ limit: options.userPerMinute, windowMs: 60_000 });
  const guilds = createRateLimiter({ limit: options.guildPerMinute, windowMs: 60_000 });
  return {
    take(userId, guildId, now) {
      const userWait = users.wait(userId, now);
      if (userWait > 0) return `You're asking quickly: try again in ${Math.ceil(userWait / 1000)} s.`;
      const guildWait = guildId ? guilds.wait(guildId, now) : 0;
      if (guildWait > 0)
        return `This server is asking a lot right now: try again in ${Math.ceil(guildWait / 1000)} s.`;
      users.hit(userId, now);
      if (guildId) guilds.hit(guildId, now);
      return null;
    },
  };
}
