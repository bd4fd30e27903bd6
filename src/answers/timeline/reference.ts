import type { RefDay } from './types.js';

/**
 * The publication day from an ISO date or date-time (`2023-09-05`, `2023-09-05T23:10:00-04:00`).
 * The calendar date as written is what the newsroom meant, so a time or offset never moves it.
 */
export function refDayFromPublishedAt(publishedAt: string | null): RefDay | null {
  if (publishedAt === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt.trim());
  if (!m) return null;
  const ref = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (ref.month < 1 || ref.month > 12 || ref.day < 1 || ref.day > 31) return null;
  return ref;
}

/** Noon UTC of the reference day: the instant handed to chrono, never the clock. */
export function refInstant(ref: RefDay): Date {
  return new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
}

/** Days since the epoch, for weekday arithmetic on calendar days without time zones. */
export function dayNumber(d: RefDay): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/** The calendar day `n` days after `d` (negative for before). */
export function addDays(d: RefDay, n: number): RefDay {
  const t = new Date((dayNumber(d) + n) * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: RefDay): number {
  return new Date(dayNumber(d) * 86_400_000).getUTCDay();
}
