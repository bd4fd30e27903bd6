import type { CliSession } from '../session.js';
import { printJson, printLine, ExitCode } from '../io.js';
import { toArticleFilter, parseLimit, type FilterOptions } from '../filters.js';
import { formatSearchHits } from '../format.js';
import { UserError } from '../../errors.js';

export interface SearchOptions extends FilterOptions {
  query: string;
  limit?: string | number | undefined;
}

/** `newsroom search <query>`: ranked articles with a snippet and matching passages. */
export async function runSearch(session: CliSession, options: SearchOptions): Promise<number> {
  const query = options.query.trim();
  if (!query) throw new UserError('Type some words to search for.');
  const filter = toArticleFilter(session, options);
  const { store } = await session.context();
  const hits = await store.search({ ...filter, text: query, limit: parseLimit(options.limit, 10) });
  const { io } = session;
  if (io.json) {
    printJson(io, {
      results: hits.map((h) => ({
        article: h.article,
        score: h.score,
        snippet: h.snippet,
        passages: h.passages.map(({ start, end }) => ({ start, end })),
      })),
    });
  } else if (hits.length === 0) {
    printLine(io, `No stored articles match "${query}".`);
  } else {
    printLine(io, formatSearchHits(hits));
  }
  return ExitCode.ok;
}
