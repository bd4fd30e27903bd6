import { addDays, dayNumber, weekdayOf } from './reference.js';
import type { CalendarValue, RefDay, Tense } from './types.js';

/**
 * A week is not a precision EDTF (or this project's Answer model) can carry, so a week-sized phrase is
 * dated to the month that holds every day it may mean, and dropped when those days run over a month's
 * end. "May mean" covers both ways of counting a week (Monday to Sunday and Sunday to Saturday) and,
 * where English is ambiguous ("next weekend" on a Wednesday), every reading.
 */
export type DayRange = readonly [RefDay, RefDay];

/** The month holding every day of `range`, or null when the days run over a month's end. */
export function monthHolding([from, to]: DayRange): CalendarValue | null {
  return from.year === to.year && from.month === to.month ? { year: from.year, month: from.month } : null;
}

/** The days of the calendar week `shift` weeks from the one holding `d` (−1 last week, 0 this week, +1 next week). */
export function calendarWeek(d: RefDay, shift: number): DayRange {
  const wd = weekdayOf(d);
  const sundayStart = -wd;
  const mondayStart = -((wd + 6) % 7);
  return [
    addDays(d, Math.min(sundayStart, mondayStart) + 7 * shift),
    addDays(d, Math.max(sundayStart, mondayStart) + 6 + 7 * shift),
  ];
}

/** Days around a point `days` after `d` counted loosely ("a week later", "two weeks ago"): three days either side. */
export function aboutDaysFrom(d: RefDay, days: number): DayRange {
  return [addDays(d, days - 3), addDays(d, days + 3)];
}

/**
 * The days of the weekend meant, `shift` weekends from `d` (0 "this/that weekend", −1 "last", +1 "next").
 * On a Saturday or Sunday "this weekend" is the current one; on a weekday it is the one just past for a
 * past statement, the coming one for a future one, either when tense is unknown.
 */
export function weekendOf(d: RefDay, shift: number, tense: Tense): DayRange {
  const wd = weekdayOf(d);
  const saturday = wd === 6 ? d : wd === 0 ? addDays(d, -1) : null;
  const before = addDays(d, -(wd + 1)); // the Saturday before a weekday
  const coming = addDays(d, 6 - wd); // the Saturday after a weekday
  if (saturday !== null) return saturdayPlus(addDays(saturday, 7 * shift), 1);
  if (shift === -1) return saturdayPlus(before, 1);
  if (shift === 1) return saturdayPlus(coming, 8); // the coming weekend or the one after
  if (tense === 'past') return saturdayPlus(before, 1);
  if (tense === 'future') return saturdayPlus(coming, 1);
  return saturdayPlus(before, dayNumber(coming) - dayNumber(before) + 1);
}

function saturdayPlus(saturday: RefDay, days: number): DayRange {
  return [saturday, addDays(saturday, days)];
}
