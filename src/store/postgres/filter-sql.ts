import { UserError } from '../../errors.js';
import type { ArticleFilter } from '../article-store.js';
import { visibleScopes } from '../sqlite/scope-sql.js';
import { dayNumber } from '../sqlite/rows.js';
import type { Params } from './params.js';

/**
 * WHERE conditions on `articles a` for scope (global, plus the guild's own), inclusive date range
 * (publication day, falling back to the ingest day), outlet (case-insensitive) and, unless
 * included, duplicates. Never empty: always has the scope.
 */
export function filterSql(
  filter: ArticleFilter | undefined,
  params: Params,
  options: { includeDuplicates?: boolean } = {},
): string {
  const scopes = visibleScopes(filter);
  const parts = [
    scopes.length === 1
      ? `a.scope = ${params.add(scopes[0])}`
      : `a.scope IN (${scopes.map((s) => params.add(s)).join(', ')})`,
  ];
  const since = filterDay(filter?.since);
  if (since !== null) parts.push(`a.sort_day >= ${params.add(since)}`);
  const until = filterDay(filter?.until);
  if (until !== null) parts.push(`a.sort_day <= ${params.add(until)}`);
  if (filter?.outlet) parts.push(`lower(a.outlet) = lower(${params.add(filter.outlet)})`);
  if (!options.includeDuplicates) parts.push('a.duplicate_of IS NULL');
  return parts.join(' AND ');
}

function filterDay(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const day = dayNumber(value);
  if (day === null) throw new UserError(`Not a date: "${value}" (use YYYY-MM-DD).`);
  return day;
}
