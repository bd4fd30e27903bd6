import type { OffsetExpression } from './offset-text.js';
import { addDays, weekdayOf } from './reference.js';
import { resolveSeasonYear, type SeasonCode } from './seasons.js';
import type { CalendarValue, RefDay } from './types.js';
import { aboutDaysFrom, calendarWeek, monthHolding, weekendOf } from './weeks.js';

/**
 * The date an offset names, counted from its anchor's date, at the anchor's precision or coarser, or
 * null when the anchor is too coarse for the offset: days and weekdays need a day ("two days later"
 * after "in March" could be either month), weeks need a day and become the month that holds the whole
 * week (or nothing), months need a month, years only a year. A season needs a month to count from,
 * except "that summer" in a known year (not "that winter", which straddles two years).
 */
export function shiftFrom(anchor: CalendarValue, o: OffsetExpression): CalendarValue | null {
  if (anchor.year === null) return null;
  const day = anchor.day !== undefined ? { year: anchor.year, month: anchor.month!, day: anchor.day } : null;
  switch (o.unit) {
    case 'day':
      return day && { ...addDays(day, o.count) };
    case 'weekday':
      return day && { ...nextWeekday(day, o.which!, o.count) };
    case 'week':
      if (!day) return null;
      return monthHolding(
        o.counting === 'calendar' ? calendarWeek(day, o.count) : aboutDaysFrom(day, 7 * o.count),
      );
    case 'weekend':
      return day && monthHolding(weekendOf(day, o.count, 'unknown'));
    case 'month': {
      if (anchor.month === undefined) return null;
      const index = anchor.year * 12 + anchor.month - 1 + o.count;
      return { year: Math.floor(index / 12), month: (index % 12) + 1 };
    }
    case 'year':
      return { year: anchor.year + o.count };
    case 'season':
      return seasonFrom(anchor, o.which as SeasonCode, o.count);
  }
}

/** The first such weekday after (count > 0) or before (count < 0) a day. */
function nextWeekday(d: RefDay, weekday: number, count: number): RefDay {
  const wd = weekdayOf(d);
  if (count < 0) return addDays(d, -((wd - weekday + 7) % 7 || 7));
  return addDays(d, (weekday - wd + 7) % 7 || 7);
}

const SEASON_FIRST_MONTH: Record<SeasonCode, number> = { 21: 3, 22: 6, 23: 9, 24: 12 };

function seasonFrom(anchor: CalendarValue, code: SeasonCode, count: number): CalendarValue | null {
  if (count === 0) {
    if (anchor.season !== undefined) return anchor.season === code ? { ...anchor } : null;
    return code === 24 ? null : { year: anchor.year, season: code };
  }
  const month = anchor.month ?? (anchor.season !== undefined ? SEASON_FIRST_MONTH[anchor.season] : undefined);
  if (month === undefined) return null;
  const ref = { year: anchor.year!, month, day: 15 };
  return {
    year: resolveSeasonYear({ code, modifier: count > 0 ? 'next' : 'last', tense: 'unknown', ref }),
    season: code,
  };
}
