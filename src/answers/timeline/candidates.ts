import { chronoParse } from './chrono-parse.js';
import { isRelational, widenStart } from './context.js';
import { precisionOf } from './edtf.js';
import { valueFromChrono, type ChronoValue } from './precision.js';
import { seasonValues } from './season-text.js';
import { yearValues } from './year-text.js';
import type { Candidate, RefDay } from './types.js';

/** A candidate plus the bare expression's start (before widening over "in", "earlier" …). */
export interface SentenceCandidate extends Candidate {
  coreStart: number;
}

/**
 * Every usable date expression in one sentence, in order, non-overlapping, each widened to the
 * article's full wording ("In July", "earlier this summer"). Dates that only bound or compare
 * ("since 2015", "ahead of the Nov. 8 election") are left out: nothing happens on them in this sentence.
 */
export function sentenceCandidates(sentence: string, ref: RefDay | null): SentenceCandidate[] {
  const raw: ChronoValue[] = [];
  for (const r of chronoParse(sentence, ref)) {
    const v = valueFromChrono(sentence, r, ref);
    if (v) raw.push(v);
  }
  raw.push(...seasonValues(sentence, ref), ...yearValues(sentence));
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SentenceCandidate[] = [];
  let lastEnd = -1;
  for (const c of raw) {
    if (c.start < lastEnd) continue; // overlaps an earlier, longer match ("summer of 2022" vs "of 2022")
    lastEnd = c.end;
    if (isRelational(sentence, c.start)) continue;
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
