import type { Article } from '../articles/article.js';
import { UserError } from '../errors.js';
import type { ArticleStore, ScopeFilter, SearchHit } from '../store/article-store.js';
import { candidatePassages, type Hit } from './candidates.js';
import { checkDates, cleanQuery, describeFilters } from './request.js';
import { selectPassages } from './select.js';
import { isGenericQuery } from './terms.js';
import type { RetrievalRequest, Retrieval, RetrieveOptions, StoryCoverage } from './types.js';

/**
 * Query → ranked paragraph passages for an answer. Pinned articles (`req.articles`) are included in
 * full; search hits (scoped by guild, dates and outlet) fill the rest of the character budget by
 * relevance; near-duplicate paragraphs (syndicated copies) are collapsed to the earliest published.
 * Throws UserError when nothing matches or nothing was asked.
 */
export async function retrievePassages(
  store: ArticleStore,
  req: RetrievalRequest,
  opts: RetrieveOptions,
): Promise<Retrieval> {
  const query = cleanQuery(req.query);
  const scope: ScopeFilter = { guild: req.guild };
  checkDates(req.since, req.until);
  const pinned = await resolvePinned(store, req.articles ?? [], scope);
  if (req.pinnedOnly && pinned.length === 0 && req.story === undefined)
    throw new UserError('A question needs the articles to read: give an article or a story.', 'bad_input');
  const onlyPinned = pinned.length > 0 && (req.pinnedOnly === true || isGenericQuery(query));
  if (pinned.length === 0 && query === '' && req.story === undefined) {
    throw new UserError('Ask about something: give a query or at least one article.', 'bad_input');
  }

  const pinnedIds = new Set(pinned.map((a) => a.id));
  const others = new Map<string, Hit>();
  const story = req.story === undefined ? undefined : await findStory(req.story, scope, opts);
  if (story) {
    const articles = (await store.getMany(story.articles, scope)).filter((a) => a.duplicateOf === null);
    for (const a of articles) {
      if (!pinnedIds.has(a.id)) others.set(a.id, { article: a, weight: 1, hinted: [] });
    }
  } else if (!onlyPinned) {
    const hits = await store.search({
      text: query,
      since: req.since,
      until: req.until,
      outlet: req.outlet,
      guild: req.guild,
      limit: opts.searchLimit ?? 30,
    });
    addHits(others, hits, pinnedIds);
  }
  if (pinned.length === 0 && others.size === 0) {
    throw new UserError(`No stored articles match "${query}"${describeFilters(req)}.`, 'not_found');
  }

  const passages = candidatePassages({ query, pinned, others: [...others.values()] });
  const byId = new Map<string, Article>([
    ...pinned.map((a) => [a.id, a] as const),
    ...[...others.values()].map((o) => [o.article.id, o.article] as const),
  ]);
  const chosen = selectPassages(passages, byId, opts.budgetChars);
  const articles = [...new Set(chosen.passages.map((p) => p.articleId))].map((id) => byId.get(id)!);
  return {
    articles,
    passages: chosen.passages,
    pinnedOverBudget: chosen.pinnedOverBudget,
    ...(story ? { story } : {}),
  };
}

async function resolvePinned(
  store: ArticleStore,
  ids: readonly string[],
  scope: ScopeFilter,
): Promise<Article[]> {
  const out = new Map<string, Article>();
  for (const raw of ids) {
    const id = raw.trim();
    let a = await store.get(id, scope);
    if (!a) throw new UserError(`No stored article with id "${id.slice(0, 80)}".`, 'not_found');
    // A syndicated copy is never cited as a source: answer from the original it copies.
    if (a.duplicateOf !== null) a = (await store.get(a.duplicateOf, scope)) ?? a;
    out.set(a.id, a);
  }
  return [...out.values()];
}

async function findStory(id: string, scope: ScopeFilter, opts: RetrieveOptions): Promise<StoryCoverage> {
  if (!opts.stories) throw new UserError('Stories are not available here.', 'bad_input');
  const story = await opts.stories.get(id.trim(), scope);
  if (story === null) throw new UserError(`No story with id "${id.slice(0, 80)}".`, 'not_found');
  return story;
}

function addHits(into: Map<string, Hit>, hits: SearchHit[], skip: Set<string>): void {
  const max = Math.max(0, ...hits.map((h) => h.score));
  for (const h of hits) {
    if (skip.has(h.article.id) || h.article.duplicateOf !== null) continue;
    into.set(h.article.id, { article: h.article, weight: max > 0 ? h.score / max : 1, hinted: h.passages });
  }
}
