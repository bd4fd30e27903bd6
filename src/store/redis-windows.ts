import { randomBytes } from 'node:crypto';
import type { RedisClient } from './redis.js';

/** One sliding window to check: at most `limit` events per window under `key`. */
export interface WindowCheck {
  key: string;
  limit: number;
}

/**
 * Sliding-window counters shared by every process using the same Redis: an event is counted in
 * all the windows only when none is full.
 */
export interface SharedWindows {
  /** null when counted; else which check (index) is full and how many ms until it has room. */
  take(
    checks: readonly WindowCheck[],
    windowMs: number,
    now: number,
  ): Promise<{ full: number; waitMs: number } | null>;
}

// Atomic in Redis: drop events older than the window, find a full window (its limit-th newest
// event says when it frees up), else add the event to every window. One sorted set per key.
const SCRIPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local n = redis.call('ZCARD', key)
  local limit = tonumber(ARGV[3 + i])
  if n >= limit then
    local oldest = redis.call('ZRANGE', key, n - limit, n - limit, 'WITHSCORES')
    return {i, tonumber(oldest[2]) + window - now}
  end
end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[3])
  redis.call('PEXPIRE', key, window)
end
return {0, 0}`;

/** Sliding windows in Redis sorted sets, keys under `prefix`. */
export function createRedisWindows(client: RedisClient, prefix = 'newsroom:limit:'): SharedWindows {
  return {
    async take(checks, windowMs, now) {
      if (checks.length === 0) return null;
      const member = `${now}-${randomBytes(6).toString('hex')}`;
      const reply = (await client.eval(SCRIPT, {
        keys: checks.map((c) => prefix + c.key),
        arguments: [String(now), String(windowMs), member, ...checks.map((c) => String(c.limit))],
      })) as [number, number];
      const [full, waitMs] = reply.map(Number) as [number, number];
      return full === 0 ? null : { full: full - 1, waitMs };
    },
  };
}
