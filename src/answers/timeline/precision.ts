import type { ParsedResult } from 'chrono-node';
import { insideQuote, isHabitual, trimEnd, wordBefore } from './context.js';
import { isValidDay } from './edtf.js';
import { chronoRejection } from './filters.js';
import { addDays, weekdayOf } from './reference.js';
import { tenseAt } from './tense.js';
import type { CalendarValue, RefDay, Tense } from './types.js';

/** A chrono match turned into a value at the precision chrono is certain of, with its core span in the sentence. */
export interface ChronoValue {
  start: number;
  end: number;
  value: CalendarValue;
}

type Modifier = 'last' | 'next' | 'this' | null;

// Wordings that only mean something against a reference day.
const RELATIVE_WORD_RE = /\b(this|next|last|today|tonight|tomorrow|yesterday|ago|coming)\b/i;

/**
 * Resolves one chrono match. Keeps exactly the components chrono marks certain (a month stays a
 * month: "July 2023" is 2023-07, never 2023-07-01). Missing years and bare weekdays are resolved
 * against the publication day by tense; without a publication day only wordings that need no
 * reference survive, a year-less month becoming `year: null` (XXXX-07).
 */
export function valueFromChrono(sentence: string, r: ParsedResult, ref: RefDay | null): ChronoValue | null {
  const start = r.index;
  const end = trimEnd(sentence, start, start + r.text.length);
  const core = sentence.slice(start, end);
  if (chronoRejection(sentence, r, core) !== null) return null;
  const s = r.start;
  // chrono leaves "last" out of "last December": look at the word before the match too
  const modifier = modifierOf(core) ?? modifierOf(wordBefore(sentence, start));
  const relative =
    RELATIVE_WORD_RE.test(core) ||
    [...r.tags()].some((t) => t === 'result/relativeDate' || t.startsWith('casualReference/'));
  // chrono reads "the afternoon on Monday" as a time alone and drops the weekday it names
  const namedWeekday = s.isCertain('weekday') || s.isCertain('day') ? -1 : weekdayNamedIn(core);
  const weekday = namedWeekday >= 0 ? namedWeekday : s.get('weekday');
  const weekdayOnly = (s.isCertain('weekday') && !s.isCertain('day')) || namedWeekday >= 0;
  const timeOnly = !s.isCertain('day') && !s.isCertain('month') && !s.isCertain('year') && !weekdayOnly;
  if (ref === null && (relative || weekdayOnly || timeOnly)) return null;
  // "Fire season usually peaks in August": a habit, not an event in any one year or week
  if (!s.isCertain('year') && isHabitual(sentence, start)) return null;
  // A quote's "tonight" or "on Saturday" counts from when it was said, which may be days before
  // publication; a quoted "four years ago" or "last month" survives that gap.
  const relativeDay = weekdayOnly || timeOnly || (relative && s.isCertain('day'));
  if (relativeDay && insideQuote(sentence, start)) return null;
  let value: CalendarValue | null;
  if (ref !== null && timeOnly)
    value = { ...ref }; // "this morning", "tonight": the publication day
  else if (ref !== null && weekdayOnly)
    value = { ...resolveWeekday(weekday!, modifier, tenseAt(sentence, start, end), ref) };
  else value = certainValue(r, ref, modifier, tenseAt(sentence, start, end));
  if (value === null) return null;
  // "in 30 years" is a span ("not renovated in 30 years", "the lowest in five years") unless it points ahead
  if (/^in\s+\S+\s+(?:years?|months?|decades?)\b/i.test(core) && tenseAt(sentence, start, end) !== 'future')
    return null;
  if (value.day !== undefined && !isValidDay(value.year, value.month!, value.day)) return null;
  return { start, end, value };
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekdayNamedIn(core: string): number {
  const m = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(core);
  return m ? WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()) : -1;
}

function modifierOf(core: string): Modifier {
  if (/\bpast\b/i.test(core)) return 'last'; // "this past Tuesday"
  const m = /\b(last|next|this|coming)\b/i.exec(core);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return w === 'coming' ? 'next' : (w as Modifier);
}

function certainValue(
  r: ParsedResult,
  ref: RefDay | null,
  modifier: Modifier,
  tense: Tense,
): CalendarValue | null {
  const s = r.start;
  // "end of last year": chrono pins the last day, but the article only said which year (or month)
  const endOf = r.tags().has('refiner/ENEndOfPeriodRefiner');
  const coarse = endOf ? (/\byear\b/i.test(r.text) ? 'year' : 'month') : null;
  const month = s.isCertain('month') && coarse !== 'year' ? s.get('month')! : undefined;
  const day = month !== undefined && s.isCertain('day') && coarse === null ? s.get('day')! : undefined;
  if (s.isCertain('year'))
    return { year: s.get('year')!, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
  if (month === undefined) return null; // a day number alone ("the 15th") is not a date
  const year = ref === null ? null : inferYear({ month, day, modifier, tense, ref });
  return { year, month, ...(day !== undefined && { day }) };
}

/**
 * The year of a year-less "July" or "June 18": the most recent one at or before publication for past
 * (and unknown) tense, the next one for future tense; "last"/"next" force strictly before/after.
 * With no tense cue at all, the nearer occurrence wins ("takes effect in January", written in September).
 */
export function inferYear(q: {
  month: number;
  day: number | undefined;
  modifier: Modifier;
  tense: Tense;
  ref: RefDay;
}): number {
  const { ref } = q;
  const k = q.month * 100 + (q.day ?? 0);
  const refKey = ref.month * 100 + (q.day === undefined ? 0 : ref.day);
  if (q.modifier === 'last') return k < refKey ? ref.year : ref.year - 1;
  if (q.modifier === 'next') return k > refKey ? ref.year : ref.year + 1;
  if (k === refKey) return ref.year;
  if (q.tense === 'future') return k > refKey ? ref.year : ref.year + 1;
  if (q.tense === 'past') return k < refKey ? ref.year : ref.year - 1;
  const monthsBack = (ref.month - q.month + 12) % 12;
  const monthsAhead = (q.month - ref.month + 12) % 12;
  const goBack = monthsBack <= monthsAhead;
  if (goBack) return k < refKey ? ref.year : ref.year - 1;
  return k > refKey ? ref.year : ref.year + 1;
}

/**
 * The day a bare weekday names: in news copy "on Tuesday" is the most recent Tuesday at or before
 * publication, unless the clause is about the future ("will vote on Tuesday") — then the next one.
 */
export function resolveWeekday(weekday: number, modifier: Modifier, tense: Tense, ref: RefDay): RefDay {
  const refWd = weekdayOf(ref);
  const back = (refWd - weekday + 7) % 7;
  const ahead = (weekday - refWd + 7) % 7;
  if (modifier === 'last') return addDays(ref, -(back || 7));
  if (modifier === 'next') return addDays(ref, ahead || 7);
  if (tense === 'future') return addDays(ref, ahead);
  return addDays(ref, -back);
}
