import { parseEdtf, type EdtfParts } from './edtf.js';
import { contentWords, overlap } from './similarity.js';

/** Two reports are the same event when at least this share of the shorter one's content words recur… */
const MIN_RATIO = 0.5;
/** …and at least this many content words are shared. */
const MIN_SHARED = 3;

const SEASON_MONTHS = { 21: [3, 4, 5], 22: [6, 7, 8], 23: [9, 10, 11], 24: [12] } as const;

/** True when period `inner` lies within period `outer` (equal counts). Unknown years never match. */
function within(inner: EdtfParts, outer: EdtfParts): boolean {
  if (inner.year === null || outer.year === null || inner.year !== outer.year) return false;
  if (outer.season !== undefined) {
    if (inner.season !== undefined) return inner.season === outer.season;
    return (
      inner.month !== undefined && (SEASON_MONTHS[outer.season] as readonly number[]).includes(inner.month)
    );
  }
  if (outer.month === undefined) return true; // a year holds its seasons, months and days
  if (inner.season !== undefined || inner.month !== outer.month) return false;
  return outer.day === undefined || inner.day === outer.day;
}

/** One date refines the other (2023 ⊃ 2023-07 ⊃ 2023-07-26; 2023-22 ⊃ 2023-07), both with a known year. */
function compatible(a: EdtfParts, b: EdtfParts): boolean {
  return within(a, b) || within(b, a);
}

const rank = (p: EdtfParts): number =>
  p.day !== undefined ? 3 : p.month !== undefined ? 2 : p.season !== undefined ? 1 : 0;

interface Group<T> {
  date: string;
  parts: EdtfParts | null;
  members: T[];
  words: Set<string>[];
}

/**
 * Groups reports of the same event from several articles: dates equal or one refining the other with
 * the same known year, and sentences sharing enough content words with some member. A group's date
 * is its most precise member date. Dates with an unknown year (XXXX-07) or not in a shape this module
 * writes are never merged with anything: the same month of different years is a different event.
 * Input order decides membership and group order, so the result is stable and deterministic.
 */
export function mergeEvents<T extends { date: string; sentence: string }>(
  events: readonly T[],
): Array<{ date: string; members: T[] }> {
  const groups: Group<T>[] = [];
  for (const e of events) {
    const parts = parseEdtf(e.date);
    const words = contentWords(e.sentence);
    const home =
      parts === null || parts.year === null
        ? undefined
        : groups.find(
            (g) => g.parts !== null && compatible(g.parts, parts) && g.words.some((w) => similar(w, words)),
          );
    if (!home) {
      groups.push({ date: e.date, parts, members: [e], words: [words] });
      continue;
    }
    home.members.push(e);
    home.words.push(words);
    if (rank(parts!) > rank(home.parts!)) {
      home.date = e.date;
      home.parts = parts;
    }
  }
  return groups.map((g) => ({ date: g.date, members: g.members }));
}

function similar(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const o = overlap(a, b);
  return o.ratio >= MIN_RATIO && o.shared >= MIN_SHARED;
}
