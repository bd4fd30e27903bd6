import { mailDate } from './mail-date.js';

/**
 * Publication dates as found in article metadata or datelines, normalised to ISO 8601:
 * `YYYY-MM-DD` when only the day is known, a full date-time when the time is known.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
/** "December 12, 2008", "Friday, Dec. 12 2008". */
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
/** "12 December 2008". */
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, 'i');
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Normalises a metadata date value, or null when it cannot be read as a real date. */
export function normalizeDate(value: string): string | null {
  const text = value.trim();
  if (text.length === 0 || text.length > 80) return null;
  const dt = ISO_DATE_TIME.exec(text);
  if (dt) {
    const day = isoDay(dt[1]!, dt[2]!, dt[3]!);
    if (!day || Number(dt[4]) > 23 || Number(dt[5]) > 59 || Number(dt[6] ?? 0) > 59) return null;
    const zone = dt[8] === undefined ? '' : dt[8].toUpperCase() === 'Z' ? 'Z' : formatOffset(dt[8]);
    return `${day}T${dt[4]}:${dt[5]}:${dt[6] ?? '00'}${dt[7] ?? ''}${zone}`;
  }
  const written = writtenDate(text);
  if (written && written.rest.trim().length === 0) return written.day;
  const iso = ISO_DAY.exec(text);
  if (iso && text.length === 10) return isoDay(iso[1]!, iso[2]!, iso[3]!);
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (slashed) return isoDay(slashed[1]!, slashed[2]!, slashed[3]!);
  // RFC 822 as feeds write it, offset kept ("Tue, 05 Sep 2023 10:00:00 -0400").
  const mail = mailDate(text);
  if (mail) return mail;
  // Other engine-readable forms with a time and a zone ("2023-09-05 10:00 GMT").
  if (/\d{1,2}:\d{2}/.test(text) && /[a-z]{3}/i.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  return null;
}

/**
 * A dateline date at the very start of a text: a first line that is a date ("December 12, 2008",
 * as Wikinews prints it), or one that opens with a date or "CITY, date" followed by a dash.
 */
export function datelineDate(text: string): string | null {
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trim();
  if (first.length === 0) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(first);
  if (iso) return isoDay(iso[1]!, iso[2]!, iso[3]!);
  const place = /^[\p{Lu}][\p{Lu}\s.'-]{1,40},\s+/u.exec(first);
  const candidate = place ? first.slice(place[0].length) : first;
  const found = writtenDate(candidate);
  if (!found) return null;
  const rest = found.rest.trim();
  return rest === '' || /^[—–-]\s/.test(rest) ? found.day : null;
}

function writtenDate(text: string): { day: string; rest: string } | null {
  const m = MONTH_FIRST.exec(text);
  if (m) {
    const day = isoDay(m[3]!, String(MONTHS[m[1]!.toLowerCase()]), m[2]!);
    return day ? { day, rest: text.slice(m[0].length) } : null;
  }
  const d = DAY_FIRST.exec(text);
  if (d) {
    const day = isoDay(d[3]!, String(MONTHS[d[2]!.toLowerCase()]), d[1]!);
    return day ? { day, rest: text.slice(d[0].length) } : null;
  }
  return null;
}

/** `YYYY-MM-DD` for a real calendar day, else null (rejects 2023-02-30). */
function isoDay(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!Number.isInteger(y) || y < 1800 || y > 2200 || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 31))
    return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function formatOffset(offset: string): string {
  const digits = offset.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}
