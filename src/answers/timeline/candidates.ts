import { chronoParse } from './chrono-parse.js';
import { isRelational, widenStart } from './context.js';
import { precisionOf } from './edtf.js';
import { periodValues } from './period-text.js';
import { valueFromChrono, type ChronoValue } from './precision.js';
import { seasonValues } from './season-text.js';
import { weekValues } from './week-text.js';
import { yearValues } from './year-text.js';
import type { Candidate, CalendarValue, RefDay } from './types.js';

/** A candidate plus the bare expression's start (before widening over "in", "earlier" …). */
export interface SentenceCandidate extends Candidate {
  coreStart: number;
}

/** An offset from another event ("two days later"), with its resolved value, or null when it has none. */
export interface OffsetValue {
  start: number;
  end: number;
  value: CalendarValue | null;
}

/** Every date expression that needs no other event: chrono's, seasons, periods, weeks, years. */
export function dateValues(sentence: string, ref: RefDay | null): ChronoValue[] {
  const raw: ChronoValue[] = [];
  for (const r of chronoParse(sentence, ref)) {
    const v = valueFromChrono(sentence, r, ref);
    if (v) raw.push(v);
  }
  raw.push(
    ...seasonValues(sentence, ref),
    ...periodValues(sentence, ref),
    ...weekValues(sentence, ref),
    ...yearValues(sentence),
  );
  return raw;
}

/**
 * Every usable date expression in one sentence, in order, non-overlapping, each widened to the
 * article's full wording ("In July", "earlier this summer"). Dates that only bound or compare
 * ("since 2015", "ahead of the Nov. 8 election") are left out: nothing happens on them in this sentence.
 * Offsets take their words from any other reading ("the following Monday" is not this week's Monday),
 * and an offset that could not be resolved yields nothing.
 */
export function sentenceCandidates(
  sentence: string,
  values: readonly ChronoValue[],
  offsets: readonly OffsetValue[] = [],
): SentenceCandidate[] {
  const covered = (v: ChronoValue): boolean => offsets.some((o) => v.start < o.end && o.start < v.end);
  const raw: Array<{ start: number; end: number; value: CalendarValue | null }> = [
    ...values.filter((v) => !covered(v)),
    ...offsets,
  ];
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SentenceCandidate[] = [];
  let lastEnd = -1;
  for (const c of raw) {
    if (c.start < lastEnd) continue; // overlaps an earlier, longer match ("summer of 2022" vs "of 2022")
    lastEnd = c.end;
    if (c.value === null || isRelational(sentence, c.start)) continue;
    const wide = widenStart(sentence, c.start);
    out.push({
      start: wide.start,
      end: c.end,
      coreStart: c.start,
      value: c.value,
      precision: precisionOf(c.value),
    });
  }
  return out;
}
