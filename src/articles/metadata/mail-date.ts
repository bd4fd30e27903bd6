import { formatOffset, zoneOffset } from './visible-date.js';

/**
 * Dates in the e-mail style feeds use (RFC 822 and its variants), with the offset kept:
 * "Wed, 17 Jan 2018 15:50:00 EST" → "2018-01-17T15:50:00-05:00". Tolerates what real feeds
 * send: month and weekday names in Portuguese, Spanish, French, Italian or German ("Seg, 24 Set
 * 2018 19:42:40 -0300"), two-digit years, "1500" for 15:00, the month before the day ("Sat, Dec
 * 16 2023 02:02:33 PM"). Without a zone the local date-time is kept without one.
 */
export function mailDate(value: string): string | null {
  const text = value.replace(/\s+/g, ' ').trim();
  let m = DAY_FIRST.exec(text);
  if (m) return build(m[3]!, m[2]!, m[1]!, m[4]!, m[5]!, m[6], m[7], m[8]);
  m = MONTH_FIRST.exec(text);
  if (m) return build(m[3]!, m[1]!, m[2]!, m[4]!, m[5]!, m[6], m[7], m[8]);
  return null;
}

const WEEKDAY = '(?:[^\\d\\s,]{2,12}\\.?,?\\s+)?';
const TIME = '(\\d{1,2}):?(\\d{2})(?::(\\d{2}))?(?:\\s*([ap]\\.?m\\.?))?';
const ZONE = '(?:\\s*([+-]\\d{2}:?\\d{2}|[a-z]{1,5}))?';
const DAY_FIRST = new RegExp(
  `^${WEEKDAY}(\\d{1,2}) ([^\\d\\s.,]{3,10})\\.?,? (\\d{4}|\\d{2}) ${TIME}${ZONE}$`,
  'i',
);
const MONTH_FIRST = new RegExp(
  `^${WEEKDAY}([^\\d\\s.,]{3,10})\\.? (\\d{1,2}),? (\\d{4}) ${TIME}${ZONE}$`,
  'i',
);

/** Month name beginnings, in the languages of the feeds we read. */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'ene', 'gen', 'janv'],
  ['feb', 'fev', 'fév', 'févr'],
  ['mar', 'mär', 'mrz', 'mars'],
  ['apr', 'abr', 'avr'],
  ['may', 'mai', 'mag'],
  ['jun', 'juin', 'giu'],
  ['jul', 'juil', 'lug'],
  ['aug', 'ago', 'aoû', 'août'],
  ['sep', 'set', 'sept'],
  ['oct', 'out', 'ott', 'okt'],
  ['nov'],
  ['dec', 'dez', 'dic', 'déc'],
];

function monthNumber(name: string): number {
  const n = name.toLowerCase();
  const i = MONTHS.findIndex((forms) => forms.some((f) => n === f || (n.startsWith(f) && f.length >= 3)));
  return i + 1;
}

function build(
  yearText: string,
  monthName: string,
  dayText: string,
  hourText: string,
  minuteText: string,
  secondText: string | undefined,
  meridiem: string | undefined,
  zoneText: string | undefined,
): string | null {
  const month = monthNumber(monthName);
  const year =
    yearText.length === 2 ? 2000 + Number(yearText) - (Number(yearText) >= 70 ? 100 : 0) : Number(yearText);
  const day = Number(dayText);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  let hour = Number(hourText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  const [minute, second] = [Number(minuteText), Number(secondText ?? '0')];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const iso = date.toISOString().slice(0, 10);
  const time = `${pad(hour)}:${pad(minute)}`;
  const local = `${iso}T${time}:${pad(second)}`;
  if (zoneText === undefined) return local;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zoneText);
  const offset = numeric
    ? (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]))
    : zoneOffset(zoneText.toLowerCase() === 'ut' ? 'utc' : zoneText.toLowerCase(), iso, time);
  return offset === null ? null : `${local}${formatOffset(offset)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
