import type { ArticleFilter } from '../store/article-store.js';
import { parseUserDate } from '../dates/user-date.js';
import type { CliSession } from './session.js';

/** The filter options shared by search, list and the answer commands, as typed. */
export interface FilterOptions {
  since?: string | undefined;
  until?: string | undefined;
  outlet?: string | undefined;
}

/** Turns typed filter options into a store filter in the session's scope (dates read as the user meant them). */
export function toArticleFilter(session: CliSession, options: FilterOptions): ArticleFilter {
  const now = session.clock.now();
  return {
    guild: session.scope,
    since: options.since ? parseUserDate(options.since, { now, bound: 'start', label: 'since' }) : undefined,
    until: options.until ? parseUserDate(options.until, { now, bound: 'end', label: 'until' }) : undefined,
    outlet: options.outlet?.trim() || undefined,
  };
}

/** Reads a positive whole-number option such as `--limit`. */
export function parseLimit(value: string | number | undefined, fallback: number, max = 200): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) return fallback;
  return Math.min(n, max);
}
