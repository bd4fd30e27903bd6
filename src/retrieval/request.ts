import { UserError } from '../errors.js';
import type { RetrievalRequest } from './types.js';

const MAX_QUERY_CHARS = 500;

/** The query as searched: control characters and runaway length dropped, whitespace collapsed. */
export function cleanQuery(q: string): string {
  // Control characters and runaway length are dropped; everything else goes to the store, which
  // must take any string (quotes, `*`, `NEAR`, emoji) without an FTS error.
  return q
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_CHARS);
}

/** Dates must be `YYYY-MM-DD` and in order; anything else is the user's to fix. */
export function checkDates(since?: string, until?: string): void {
  for (const d of [since, until]) {
    if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d))
      throw new UserError(`Dates must be YYYY-MM-DD (got "${d.slice(0, 40)}").`, 'bad_input');
  }
  if (since !== undefined && until !== undefined && since > until)
    throw new UserError(`The start date ${since} is after the end date ${until}.`, 'bad_input');
}

/** " (since …, until …, from …)" for a not-found message, or "". */
export function describeFilters(req: RetrievalRequest): string {
  const parts = [
    req.since && `since ${req.since}`,
    req.until && `until ${req.until}`,
    req.outlet && `from ${req.outlet}`,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
