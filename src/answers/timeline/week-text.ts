import { insideQuote } from './context.js';
import type { ChronoValue } from './precision.js';
import { addDays } from './reference.js';
import { tenseAt } from './tense.js';
import type { RefDay } from './types.js';
import { aboutDaysFrom, calendarWeek, monthHolding, weekendOf, type DayRange } from './weeks.js';

// "this week", "earlier this week", "next weekend", "this past week", "two weeks ago", "over the weekend".
const WEEK_RE =
  /\b(?:(earlier|later|early|late)\s+)?(this\s+past|this\s+coming|this|last|next)\s+(week|weekend)\b|\b(a|one|two|three|four|\d)\s+weeks?\s+ago\b|\b(?:over|during|at|on)\s+the\s+(weekend)\b/gi;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };

/**
 * Week-sized phrases relative to the publication day, dated to the month that holds every day they may
 * mean (see weeks.ts), or left out when those days run over a month's end. "the past week", "the next
 * week" and "over the last week" are stretches of time, not a week of the calendar, and a quoted week
 * counts from when it was said.
 */
export function weekValues(sentence: string, ref: RefDay | null): ChronoValue[] {
  if (ref === null) return [];
  const out: ChronoValue[] = [];
  for (const m of sentence.matchAll(WEEK_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 4), start))) continue;
    if (insideQuote(sentence, start)) continue;
    const range =
      m[4] !== undefined
        ? aboutDaysFrom(ref, -7 * (COUNT[m[4].toLowerCase()] ?? Number(m[4])))
        : m[5] !== undefined
          ? weekendOf(ref, 0, tenseAt(sentence, start, end))
          : named(m, sentence, ref);
    const value = monthHolding(range);
    if (value) out.push({ start, end, value });
  }
  return out;
}

function named(m: RegExpMatchArray, sentence: string, ref: RefDay): DayRange {
  const part = m[1]?.toLowerCase();
  const which = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  const unit = m[3]!.toLowerCase();
  if (which === 'this past') return [addDays(ref, -7), ref];
  if (which === 'this coming') return [ref, addDays(ref, 7)];
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'weekend') return weekendOf(ref, shift, tenseAt(sentence, m.index!, m.index! + m[0].length));
  const week = calendarWeek(ref, shift);
  if (shift === 0 && part === 'earlier') return [week[0], ref];
  if (shift === 0 && part === 'later') return [ref, week[1]];
  return week;
}
