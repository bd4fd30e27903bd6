import { offsetMs, zonedInstant } from '../../dates/zone.js';

/**
 * Dates as pages print them next to the headline: "Published 5:04 PM EDT, Tue September 5, 2023",
 * "Updated Dec. 6, 2024, 10:00 PM UTC", "March 11, 2015 3:46 PM", "Feb. 21, 2019",
 * "5 September 2023 17:04 BST". Read as ISO 8601: a date-time with the printed zone's offset
 * when the time and its zone are printed ("2023-09-05T17:04:00-04:00"), otherwise the day alone
 * (a time without a zone does not say which moment it was).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+)?';
const YEAR = '(\\d{4})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TIME = '(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap]\\.?\\s?m\\.?)?';
const ZONE = '([a-z]{1,5}|(?:gmt|utc)\\s?[+-]\\d{1,2}(?::?\\d{2})?)';

/** Fixed offsets of printed zone names, in minutes east of UTC. */
const FIXED: Record<string, number> = {
  utc: 0,
  gmt: 0,
  z: 0,
  edt: -240,
  est: -300,
  cdt: -300,
  cst: -360,
  mdt: -360,
  mst: -420,
  pdt: -420,
  pst: -480,
  akdt: -480,
  akst: -540,
  hst: -600,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  jst: 540,
  kst: 540,
  awst: 480,
  acst: 570,
  acdt: 630,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
};

/** Zone names printed without saying summer or winter time: the offset depends on the date. */
const REGIONAL: Record<string, string> = {
  et: 'America/New_York',
  ct: 'America/Chicago',
  mt: 'America/Denver',
  pt: 'America/Los_Angeles',
};

const PREFIX =
  /^(?:(?:first\s+)?published(?:\s+on)?|updated(?:\s+on)?|last\s+updated|posted(?:\s+on)?|modified)\s*:?\s*/i;

// The orders pages print a date and a time in.
const TIME_FIRST = new RegExp(`^${TIME}\\s+${ZONE}\\s*,?\\s+${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}$`, 'i');
const MONTH_DAY = new RegExp(
  `^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}(?:,?\\s+(?:at\\s+)?${TIME}(?:\\s+${ZONE})?)?$`,
  'i',
);
const DAY_MONTH = new RegExp(
  `^${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}(?:,?\\s+(?:at\\s+)?${TIME}(?:\\s+${ZONE})?)?$`,
  'i',
);

/** The date a printed dateline gives, or null when the text is not (only) a date. */
export function visibleDate(printed: string): string | null {
  const bare = printed
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PREFIX, '')
    .replace(/[.\s]+$/, '');
  if (bare.length === 0 || bare.length > 80) return null;
  let m = TIME_FIRST.exec(bare);
  if (m) return build(m[7]!, m[5]!, m[6]!, m[1], m[2], m[3], m[4]);
  m = MONTH_DAY.exec(bare);
  if (m) return build(m[3]!, m[1]!, m[2]!, m[4], m[5], m[6], m[7]);
  m = DAY_MONTH.exec(bare);
  if (m) return build(m[3]!, m[2]!, m[1]!, m[4], m[5], m[6], m[7]);
  return null;
}

function build(
  year: string,
  monthName: string,
  dayText: string,
  hourText: string | undefined,
  minuteText: string | undefined,
  meridiem: string | undefined,
  zoneText: string | undefined,
): string | null {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
  const day = Number(dayText);
  const date = new Date(Date.UTC(Number(year), month - 1, day));
  if (month < 1 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  const iso = date.toISOString().slice(0, 10);
  if (hourText === undefined || zoneText === undefined) return iso;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const offset = zoneOffset(zoneText.toLowerCase().replace(/\s+/g, ''), iso, time);
  return offset === null ? iso : `${iso}T${time}:00${formatOffset(offset)}`;
}

/** Minutes east of UTC for a printed zone name at a local date and time, or null when unknown. */
export function zoneOffset(zone: string, date: string, time: string): number | null {
  if (zone in FIXED) return FIXED[zone]!;
  const regional = REGIONAL[zone];
  if (regional) return Math.round(offsetMs(zonedInstant(date, time, regional), regional) / 60_000);
  const numeric = /^(?:gmt|utc)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!numeric) return null;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? '0');
  return numeric[1] === '-' ? -minutes : minutes;
}

/** `Z`, `-04:00`, `+05:30`. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
