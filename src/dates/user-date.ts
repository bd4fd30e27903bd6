import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { UserError } from '../errors.js';
import { isTimeZone, offsetMs } from './zone.js';

/** Options for reading a date a user typed. */
export interface UserDateOptions {
  /** "Now" for relative phrases such as "last week" (user input is relative to today, unlike article text). */
  now: Date;
  /** IANA time zone the user's phrases are read in (default UTC). */
  timeZone?: string;
  /** Which end of a range the date bounds: "last week" as a lower bound means its first day. */
  bound?: 'start' | 'end';
  /** The option's name, for the error message. */
  label?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// chrono takes ~0.2 s to import and only phrases need it (not `YYYY-MM-DD`): loaded on first use,
// synchronously, so that `newsroom search` starts fast and this function stays synchronous.
const require = createRequire(import.meta.url);
let chronoModule: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  chronoModule ??= require('chrono-node') as typeof Chrono;
  return chronoModule;
}

/**
 * Reads `YYYY-MM-DD` or a plain phrase ("last week", "yesterday", "3 days ago", "July 2023")
 * into a `YYYY-MM-DD` day in the user's time zone. Unreadable input is a UserError.
 */
export function parseUserDate(input: string, options: UserDateOptions): string {
  const text = input.trim();
  const label = options.label ?? 'date';
  if (ISO_DAY.test(text)) {
    const d = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) {
      throw new UserError(
        `${label}: "${input}" is not a real date (use YYYY-MM-DD or a phrase like "last week")`,
      );
    }
    return text;
  }
  if (/^\d{4}$/.test(text)) return options.bound === 'end' ? `${text}-12-31` : `${text}-01-01`;
  const tz = options.timeZone ?? 'UTC';
  // chrono reads phrases against a wall-clock reference; give it "now" as seen in the user's zone.
  const local = zonedWallClock(options.now, tz);
  const weekPhrase = /\b(last|this|past)\s+week\b/i.test(text);
  if (weekPhrase) {
    const endDay = toDay(local);
    const start = new Date(local.getTime() - 7 * 86_400_000);
    return options.bound === 'end' ? endDay : toDay(start);
  }
  const results = chrono().parse(text, { instant: local, timezone: 0 }, { forwardDate: false });
  const first = results[0];
  if (!first || first.text.trim().length < Math.min(text.length, 3)) {
    throw new UserError(
      `${label}: could not read "${input}" as a date (use YYYY-MM-DD or a phrase like "last week")`,
    );
  }
  const component = options.bound === 'end' && first.end ? first.end : first.start;
  const year = component.get('year')!;
  const month = component.get('month')!;
  let day = component.get('day')!;
  // "July 2023" as an upper bound means the month's last day; as a lower bound, its first.
  if (!component.isCertain('day')) {
    day = options.bound === 'end' ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 1;
  }
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** A Date whose UTC fields equal the wall-clock time in `timeZone` at instant `now`. */
function zonedWallClock(now: Date, timeZone: string): Date {
  if (!isTimeZone(timeZone))
    throw new UserError(`Unknown time zone "${timeZone}" (use an IANA name such as Europe/Paris)`);
  return new Date(now.getTime() + offsetMs(now, timeZone));
}

function toDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Reads a `since`/`until` pair as typed (either may be missing) into `YYYY-MM-DD` bounds in the
 * user's time zone; an unreadable date or an empty range is a UserError.
 */
export function parseUserDateRange(
  input: { since?: string | undefined; until?: string | undefined },
  options: Pick<UserDateOptions, 'now' | 'timeZone'>,
): { since?: string; until?: string } {
  const read = (text: string | undefined, bound: 'start' | 'end') =>
    text?.trim()
      ? parseUserDate(text, { ...options, bound, label: bound === 'start' ? 'since' : 'until' })
      : undefined;
  const since = read(input.since, 'start');
  const until = read(input.until, 'end');
  if (since && until && since > until)
    throw new UserError(`since (${since}) is after until (${until}): nothing can match.`);
  return { ...(since ? { since } : {}), ...(until ? { until } : {}) };
}
