import type { CliSession } from '../session.js';
import { printJson, printLine, ExitCode } from '../io.js';
import { toArticleFilter, parseLimit, type FilterOptions } from '../filters.js';
import { formatArticleList } from '../format.js';

/** `newsroom list`: stored articles, newest first. */
export async function runList(
  session: CliSession,
  options: FilterOptions & { limit?: string | number | undefined },
): Promise<number> {
  const filter = toArticleFilter(session, options);
  const { store } = await session.context();
  const articles = await store.list({ ...filter, limit: parseLimit(options.limit, 20, 10_000) });
  if (session.io.json) printJson(session.io, { articles });
  else printLine(session.io, articles.length ? formatArticleList(articles) : 'No stored articles.');
  return ExitCode.ok;
}
