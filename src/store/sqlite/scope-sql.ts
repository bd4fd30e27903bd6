import { GLOBAL_SCOPE } from '../../articles/article.js';
import { UserError } from '../../errors.js';
import type { ArticleFilter, ScopeFilter } from '../article-store.js';
import { dayNumber } from './rows.js';

/** A WHERE fragment and its named parameters. */
export interface SqlFilter {
  sql: string;
  params: Record<string, string | number>;
}

/** The scopes a filter may see: global, plus the guild's own. */
export function visibleScopes(scope: ScopeFilter | undefined): string[] {
  return scope?.guild ? [GLOBAL_SCOPE, scope.guild] : [GLOBAL_SCOPE];
}

/**
 * WHERE conditions on `articles a` for scope, inclusive date range (on the publication day,
 * falling back to the ingest day) and outlet (case-insensitive). Never empty: always has the scope.
 */
export function filterSql(
  filter: ArticleFilter | undefined,
  options: { includeDuplicates?: boolean } = {},
): SqlFilter {
  const parts: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter?.guild) {
    parts.push('a.scope IN (:scopeGlobal, :scopeGuild)');
    params.scopeGlobal = GLOBAL_SCOPE;
    params.scopeGuild = filter.guild;
  } else {
    parts.push('a.scope = :scopeGlobal');
    params.scopeGlobal = GLOBAL_SCOPE;
  }
  const since = filterDay(filter?.since);
  if (since !== null) {
    parts.push('a.sort_day >= :sinceDay');
    params.sinceDay = since;
  }
  const until = filterDay(filter?.until);
  if (until !== null) {
    parts.push('a.sort_day <= :untilDay');
    params.untilDay = until;
  }
  if (filter?.outlet) {
    parts.push('a.outlet = :outlet COLLATE NOCASE');
    params.outlet = filter.outlet;
  }
  if (!options.includeDuplicates) parts.push('a.duplicate_of IS NULL');
  return { sql: parts.join(' AND '), params };
}

function filterDay(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const day = dayNumber(value);
  if (day === null) throw new UserError(`Not a date: "${value}" (use YYYY-MM-DD).`);
  return day;
}
