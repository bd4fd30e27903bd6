import { parseEdtf, type EdtfParts } from './edtf.js';

const SEASON_FIRST_MONTH = { 21: 3, 22: 6, 23: 9, 24: 12 } as const;

/** Start point of a period plus a coarseness rank (year 0, season 1, month 2, day 3). */
function sortKey(p: EdtfParts): [number, number, number] {
  if (p.season !== undefined) return [SEASON_FIRST_MONTH[p.season], 1, 1];
  if (p.month === undefined) return [1, 1, 0];
  if (p.day === undefined) return [p.month, 1, 2];
  return [p.month, p.day, 3];
}

/**
 * Chronological order for EDTF strings of mixed precision. Periods are ordered by where they start,
 * and at the same start the coarser comes first: `2023` < `2023-01` < `2023-01-01`, and summer
 * `2023-22` (from June) < `2023-07`. Dates with an unknown year (`XXXX-07`) come after every dated
 * one, ordered by month and day among themselves; strings this module does not write come last, by
 * plain string order. Never 0 for different strings, so sorting is deterministic.
 */
export function compareEdtf(a: string, b: string): number {
  const pa = parseEdtf(a);
  const pb = parseEdtf(b);
  if (pa === null || pb === null) {
    if (pa !== pb) return pa === null ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if ((pa.year === null) !== (pb.year === null)) return pa.year === null ? 1 : -1;
  if (pa.year !== null && pb.year !== null && pa.year !== pb.year) return pa.year - pb.year;
  const ka = sortKey(pa);
  const kb = sortKey(pb);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return a < b ? -1 : a > b ? 1 : 0;
}
