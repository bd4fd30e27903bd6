import type { CalendarValue, DatePrecision } from './types.js';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Writes a resolved value as EDTF at its own precision: `2023-07-26`, `2023-07`, `2023-22`, `2023`, `XXXX-07`. */
export function toEdtf(v: CalendarValue): string {
  const year = v.year === null ? 'XXXX' : String(v.year).padStart(4, '0');
  if (v.season !== undefined) return `${year}-${v.season}`;
  if (v.month === undefined) return year;
  if (v.day === undefined) return `${year}-${pad2(v.month)}`;
  return `${year}-${pad2(v.month)}-${pad2(v.day)}`;
}

/** The precision a resolved value carries. */
export function precisionOf(v: CalendarValue): DatePrecision {
  if (v.season !== undefined) return 'season';
  if (v.day !== undefined) return 'day';
  if (v.month !== undefined) return 'month';
  return 'year';
}

/** An EDTF string of the shapes this module writes, taken apart. Null for anything else. */
export interface EdtfParts {
  year: number | null;
  month?: number;
  day?: number;
  season?: 21 | 22 | 23 | 24;
}

const EDTF_RE = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-SS` (season 21..24) and the `XXXX-` forms; null otherwise. */
export function parseEdtf(s: string): EdtfParts | null {
  const m = EDTF_RE.exec(s);
  if (!m) return null;
  const year = m[1] === 'XXXX' ? null : Number(m[1]);
  if (m[2] === undefined) return year === null ? null : { year };
  const mid = Number(m[2]);
  if (mid >= 21 && mid <= 24) {
    if (m[3] !== undefined || year === null) return null;
    return { year, season: mid as 21 | 22 | 23 | 24 };
  }
  if (mid < 1 || mid > 12) return null;
  if (m[3] === undefined) return { year, month: mid };
  const day = Number(m[3]);
  if (day < 1 || day > 31) return null;
  return { year, month: mid, day };
}

/** True when `day` exists in that month (February 29 only in leap years; an unknown year allows it). */
export function isValidDay(year: number | null, month: number, day: number): boolean {
  const y = year ?? 2000; // a leap year: "Feb. 29" with no year is not impossible
  return day >= 1 && day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}
