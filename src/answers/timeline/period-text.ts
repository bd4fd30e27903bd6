import type { ChronoValue } from './precision.js';
import { tenseAt } from './tense.js';
import type { RefDay, Tense } from './types.js';

// "the end of the year", "the start of this month", "later in the year": the publication day's own year
// or month. chrono does not parse the first, and reads "in the year" as a year from now.
const PERIOD_RE =
  /\b(?:the\s+(end|start|beginning|middle)\s+of\s+(?:the|this)\s+(year|month)|(?:later|earlier)\s+in\s+the\s+(year|month))\b/gi;

type Edge = 'end' | 'start' | 'middle' | null;

/**
 * Periods named relative to the publication day, at year or month precision. The year (or month) is the
 * publication's own, except where tense rules that out: a past "end of the year" written in the first
 * half of a year is the year before, a future "start of the year" written in its second half is the
 * next one (and likewise for a month, by its first or last ten days).
 */
export function periodValues(sentence: string, ref: RefDay | null): ChronoValue[] {
  if (ref === null) return [];
  const out: ChronoValue[] = [];
  for (const m of sentence.matchAll(PERIOD_RE)) {
    const edgeWord = m[1]?.toLowerCase();
    const edge: Edge =
      edgeWord === undefined ? null : edgeWord === 'beginning' ? 'start' : (edgeWord as Edge);
    const unit = (m[2] ?? m[3])!.toLowerCase();
    const end = m.index + m[0].length;
    const step = shiftFor(edge, tenseAt(sentence, m.index, end), unit === 'year' ? ref.month : ref.day, unit);
    const value =
      unit === 'year'
        ? { year: ref.year + step }
        : {
            year: ref.year + Math.floor((ref.month - 1 + step) / 12),
            month: ((ref.month - 1 + step + 12) % 12) + 1,
          };
    out.push({ start: m.index, end, value });
  }
  return out;
}

/** −1, 0 or +1 period from the publication day's own. `pos` is the month of the year, or the day of the month. */
function shiftFor(edge: Edge, tense: Tense, pos: number, unit: string): number {
  const early = unit === 'year' ? pos <= 6 : pos <= 10;
  const late = unit === 'year' ? pos >= 7 : pos >= 21;
  if (edge === 'end' && tense === 'past' && early) return -1;
  if (edge === 'start' && tense === 'future' && late) return 1;
  return 0;
}
