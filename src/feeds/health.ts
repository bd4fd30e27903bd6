import type { FeedRecord } from './feed-store.js';

/** "just now", "12 min ago", "3 h ago", "2 d ago" (or "in 5 min" for a future time). */
export function ago(iso: string | null, now: Date): string {
  if (iso === null) return 'never';
  const ms = now.getTime() - Date.parse(iso);
  const future = ms < 0;
  const min = Math.round(Math.abs(ms) / 60_000);
  const text =
    min < 1
      ? 'just now'
      : min < 60
        ? `${min} min`
        : min < 48 * 60
          ? `${Math.round(min / 60)} h`
          : `${Math.round(min / 1440)} d`;
  return text === 'just now' ? text : future ? `in ${text}` : `${text} ago`;
}

/** One feed's health in words: state, last success, last error, item count, next poll. */
export function feedHealth(
  f: FeedRecord,
  now: Date,
): { state: 'ok' | 'failing' | 'new'; summary: string; error: string | null } {
  const state = f.lastCheckedAt === null ? 'new' : f.failures > 0 ? 'failing' : 'ok';
  const parts = [
    `last success ${ago(f.lastSuccessAt, now)}`,
    `${f.itemCount} item${f.itemCount === 1 ? '' : 's'}`,
    `${f.addedCount} added`,
    f.failures > 0 ? `${f.failures} failure${f.failures === 1 ? '' : 's'} in a row` : null,
    `next poll ${ago(f.nextPollAt, now)}`,
  ].filter(Boolean);
  const error = f.lastError ? `last error ${ago(f.lastErrorAt, now)}: ${f.lastError}` : null;
  return { state, summary: parts.join(' · '), error };
}
