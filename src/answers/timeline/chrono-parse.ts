import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { refInstant } from './reference.js';
import type { RefDay } from './types.js';

// Handed to chrono when the article has no date, so it never falls back to the clock. Nothing
// resolved against it is kept: callers accept only expressions that need no reference.
const NO_REFERENCE_SENTINEL = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * chrono's English casual parse of one sentence, always against an explicit reference instant
 * (the publication day at noon UTC, or a sentinel) with a fixed zero offset, so neither the system
 * clock nor the system time zone can change what it returns. Weekday and year-less month choices
 * are made later from tense; chrono's `forwardDate` guess is not used.
 */
export function chronoParse(sentence: string, ref: RefDay | null): ParsedResult[] {
  const instant = ref ? refInstant(ref) : NO_REFERENCE_SENTINEL;
  return chrono.en.casual.parse(sentence, { instant, timezone: 0 }, { forwardDate: false });
}
