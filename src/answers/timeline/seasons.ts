import type { RefDay, Tense } from './types.js';

/** EDTF season codes (northern hemisphere). */
export type SeasonCode = 21 | 22 | 23 | 24;

// Meteorological seasons: first month of each. Winter YYYY-24 starts in December of YYYY.
const FIRST_MONTH: Record<SeasonCode, number> = { 21: 3, 22: 6, 23: 9, 24: 12 };

/** Season code for an English season word. */
export function seasonCode(word: string): SeasonCode | null {
  switch (word.toLowerCase()) {
    case 'spring':
      return 21;
    case 'summer':
      return 22;
    case 'autumn':
    case 'fall':
      return 23;
    case 'winter':
      return 24;
    default:
      return null;
  }
}

/** Month index (year*12 + month-1) of a season occurrence's first and last month. */
function bounds(year: number, code: SeasonCode): [number, number] {
  const first = year * 12 + FIRST_MONTH[code] - 1;
  return [first, first + 2];
}

/** Which occurrence of a season an expression means, relative to the publication day. */
export interface SeasonQuery {
  code: SeasonCode;
  /** `last`: most recent occurrence already over; `next`: first one not yet begun; `this`/none: containing or nearest, steered by tense. */
  modifier: 'last' | 'next' | 'this' | null;
  tense: Tense;
  ref: RefDay;
}

/**
 * The year label of the season occurrence meant. "last summer" written on 2023-09-05 is summer 2023 (over by
 * then), "this winter" written in September is the coming one; a past-tense "this spring" in September is 2023.
 */
export function resolveSeasonYear(q: SeasonQuery): number {
  const now = q.ref.year * 12 + q.ref.month - 1;
  const containing = [q.ref.year - 1, q.ref.year].find((y) => {
    const [a, b] = bounds(y, q.code);
    return a <= now && now <= b;
  });
  // most recent occurrence wholly before this month, and first one wholly after it
  let prev = q.ref.year;
  while (bounds(prev, q.code)[1] >= now) prev--;
  let next = q.ref.year - 1;
  while (bounds(next, q.code)[0] <= now) next++;
  if (q.modifier === 'last') return prev;
  if (q.modifier === 'next') return next;
  if (containing !== undefined) return containing;
  if (q.tense === 'future') return next;
  if (q.tense === 'past') return prev;
  const distPrev = now - bounds(prev, q.code)[1];
  const distNext = bounds(next, q.code)[0] - now;
  return distNext < distPrev ? next : prev;
}
