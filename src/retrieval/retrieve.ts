import type { Article, Span } from '../articles/article.js';
import { paragraphSpans } from '../articles/passages.js';
import { UserError } from '../errors.js';
import type { ArticleStore, ScopeFilter, SearchHit } from '../store/article-store.js';
import { queryTermsByParagraph, scoreParagraphs, type Paragraph } from './score.js';
import { selectPassages } from './select.js';
import { contentTerms, isGenericQuery } from './terms.js';
import type { RetrievalRequest, RetrievedPassage, Retrieval, RetrieveOptions } from './types.js';

const MAX_QUERY_CHARS = 500;

/**
 * Query → ranked paragraph passages for an answer. Pinned articles (`req.articles`) are included in
 * full; search hits (scoped by guild, dates and outlet) fill the rest of the character budget by
 * relevance; near-duplicate paragraphs (syndicated copies) are collapsed to the earliest published.
 * Throws UserError when nothing matches or nothing was asked.
 */
export async function retrievePassages(store: ArticleStore, req: RetrievalRequest, opts: RetrieveOptions): Promise<Retrieval> {
  const query = cleanQuery(req.query);
  const scope: ScopeFilter = { guild: req.guild };
  checkDates(req.since, req.until);
  const pinned = await resolvePinned(store, req.articles ?? [], scope);
  const onlyPinned = pinned.length > 0 && isGenericQuery(query);
  if (pinned.length === 0 && query === '' && req.story === undefined) {
    throw new UserError('Ask about something: give a query or at least one article.', 'bad_input');
  }

  const pinnedIds = new Set(pinned.map((a) => a.id));
  const others = new Map<string, { article: Article; weight: number; hinted: Span[] }>();
  if (req.story !== undefined) {
    for (const a of await storyArticles(store, req.story, scope, opts)) {
      if (!pinnedIds.has(a.id)) others.set(a.id, { article: a, weight: 1, hinted: [] });
    }
  } else if (!onlyPinned) {
    const hits = await store.search({ text: query, since: req.since, until: req.until, outlet: req.outlet, guild: req.guild, limit: opts.searchLimit ?? 30 });
    addHits(others, hits, pinnedIds);
  }
  if (pinned.length === 0 && others.size === 0) {
    throw new UserError(`No stored articles match "${query}"${describeFilters(req)}.`, 'not_found');
  }

  const qTerms = contentTerms(query);
  const candidates: Array<{ para: Paragraph; pinned: boolean; weight: number; hinted: boolean }> = [];
  const add = (a: Article, pinnedArticle: boolean, weight: number, hinted: readonly Span[]): void => {
    const spans = paragraphSpans(a.text);
    const terms = queryTermsByParagraph(a.text, spans, qTerms);
    spans.forEach((s, i) => {
      const isHint = hinted.some((h) => h.start < s.end && s.start < h.end);
      candidates.push({ para: { ...s, articleId: a.id, terms: terms[i]! }, pinned: pinnedArticle, weight, hinted: isHint });
    });
  };
  for (const a of pinned) add(a, true, 1, []);
  for (const { article, weight, hinted } of others.values()) add(article, false, weight, hinted);
  const lexical = scoreParagraphs(candidates.map((c) => c.para), qTerms);
  // Without topic terms matching anything (generic story question, emoji query), the store's own
  // passages and each article's lead stand in for relevance.
  const noSignal = candidates.every((c, i) => c.pinned || lexical[i] === 0);
  const leads = new Set<string>();
  const passages: RetrievedPassage[] = [];
  candidates.forEach((c, i) => {
    const isLead = !leads.has(c.para.articleId);
    leads.add(c.para.articleId);
    const base = noSignal ? (c.hinted ? 0.5 : isLead ? 0.4 : 0.1) : lexical[i]!;
    const score = Math.max(base, c.hinted ? 0.25 : 0) * (c.pinned ? 1 : 0.5 + 0.5 * c.weight);
    if (c.pinned || score > 0) passages.push({ articleId: c.para.articleId, start: c.para.start, end: c.para.end, score, pinned: c.pinned });
  });

  const byId = new Map<string, Article>([...pinned.map((a) => [a.id, a] as const), ...[...others.values()].map((o) => [o.article.id, o.article] as const)]);
  const chosen = selectPassages(passages, byId, opts.budgetChars);
  const articles = [...new Set(chosen.passages.map((p) => p.articleId))].map((id) => byId.get(id)!);
  return { articles, passages: chosen.passages, pinnedOverBudget: chosen.pinnedOverBudget };
}

function cleanQuery(q: string): string {
  // Control characters and runaway length are dropped; everything else goes to the store, which
  // must take any string (quotes, `*`, `NEAR`, emoji) without an FTS error.
  return q.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
}

function checkDates(since?: string, until?: string): void {
  for (const d of [since, until]) {
    if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new UserError(`Dates must be YYYY-MM-DD (got "${d.slice(0, 40)}").`, 'bad_input');
  }
  if (since !== undefined && until !== undefined && since > until) throw new UserError(`--since ${since} is after --until ${until}.`, 'bad_input');
}

async function resolvePinned(store: ArticleStore, ids: readonly string[], scope: ScopeFilter): Promise<Article[]> {
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

async function storyArticles(store: ArticleStore, story: string, scope: ScopeFilter, opts: RetrieveOptions): Promise<Article[]> {
  if (!opts.stories) throw new UserError('Stories are not available yet.', 'bad_input');
  const ids = await opts.stories.articleIds(story, scope);
  if (ids === null) throw new UserError(`No story with id "${story.slice(0, 80)}".`, 'not_found');
  return (await store.getMany(ids, scope)).filter((a) => a.duplicateOf === null);
}

function addHits(into: Map<string, { article: Article; weight: number; hinted: Span[] }>, hits: SearchHit[], skip: Set<string>): void {
  const max = Math.max(0, ...hits.map((h) => h.score));
  for (const h of hits) {
    if (skip.has(h.article.id) || h.article.duplicateOf !== null) continue;
    into.set(h.article.id, { article: h.article, weight: max > 0 ? h.score / max : 1, hinted: h.passages });
  }
}

function describeFilters(req: RetrievalRequest): string {
  const parts = [
    req.since && `since ${req.since}`,
    req.until && `until ${req.until}`,
    req.outlet && `from ${req.outlet}`,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
