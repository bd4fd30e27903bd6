import type { StorySummary } from '../story-store.js';

/** One visible article of a story, as read for a summary. */
export interface MemberRow {
  story_id: string;
  label: string;
  id: string;
  outlet: string | null;
  sort_day: number;
  is_copy: number;
}

/** `YYYY-MM-DD` → days since 1970-01-01 (the articles table's `sort_day`). */
export function dayOf(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** Days since 1970-01-01 → `YYYY-MM-DD`. */
export function dayToDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A story's summary from its visible articles (oldest first). */
export function summarize(id: string, rows: MemberRow[]): StorySummary {
  const outletCounts = new Map<string, number>();
  for (const r of rows) if (r.outlet) outletCounts.set(r.outlet, (outletCounts.get(r.outlet) ?? 0) + 1);
  const outlets = [...outletCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
  return {
    id,
    label: rows[0]!.label,
    articles: rows.filter((r) => r.is_copy === 0).map((r) => r.id),
    copies: rows.filter((r) => r.is_copy === 1).map((r) => r.id),
    outlets,
    first: dayToDate(rows[0]!.sort_day),
    last: dayToDate(rows[rows.length - 1]!.sort_day),
  };
}
