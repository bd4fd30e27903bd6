import type { Answer } from '../answers/answer.js';
import type { Article } from '../articles/article.js';
import { spanFate, type NewSentence } from '../articles/sentence-diff.js';
import type { ArticleStore, ScopeFilter } from '../store/article-store.js';
import { citedSpans, type TrackedCitation } from './posted-answers.js';

/**
 * Whether a cited span still stands in an article's current version: it is the version cited, or
 * the cited words are still in the text verbatim (wherever they moved). Otherwise the update
 * changed or removed them.
 */
export function spanStillStands(
  cited: Pick<TrackedCitation, 'contentHash' | 'text'>,
  current: Pick<Article, 'contentHash' | 'text'>,
): boolean {
  return cited.contentHash === current.contentHash || current.text.includes(cited.text);
}

/** A citation of an answer that a later version of its article no longer bears out. */
export interface CitationChange {
  /** The answer's source number the citation points to. */
  source: number;
  articleId: string;
  /** The cited words, as they were in the version cited. */
  cited: string;
  /**
   * `replaced`: `now` holds the sentences of the current version that took the place of the cited
   * one; `removed`: nothing replaced it; `changed`: the cited version is no longer stored, so what
   * replaced it is unknown.
   */
  fate: 'replaced' | 'removed' | 'changed';
  /** Each exactly `current.text.slice(start, end)` (checked here). */
  now: NewSentence[];
  /** The current version's content hash: the version `now` indexes into. */
  contentHash: string;
}

/**
 * The citations of an answer whose articles were updated since, in a way that changed or removed
 * the cited words: found by comparing each cited span with the article's current text, and what
 * replaced it by the sentence diff between the cited version and the current one. Articles no
 * longer visible in the scope are left out. In source, then text order.
 */
export async function citationChanges(
  answer: Answer,
  store: Pick<ArticleStore, 'getMany' | 'versions'>,
  scope: ScopeFilter,
): Promise<CitationChange[]> {
  const spans = citedSpans(answer);
  const current = new Map(
    (await store.getMany([...new Set(spans.map((s) => s.articleId))], scope)).map((a) => [a.id, a]),
  );
  const sourceOf = new Map(answer.sources.map((s) => [s.articleId, s.n]));
  const changed = spans.filter((s) => {
    const article = current.get(s.articleId);
    return article !== undefined && !spanStillStands(s, article);
  });
  const versions = new Map<string, Map<string, string>>();
  const out: CitationChange[] = [];
  for (const span of changed) {
    const article = current.get(span.articleId)!;
    let texts = versions.get(span.articleId);
    if (!texts) {
      texts = new Map((await store.versions(span.articleId, scope)).map((v) => [v.contentHash, v.text]));
      versions.set(span.articleId, texts);
    }
    out.push({
      source: sourceOf.get(span.articleId) ?? 0,
      articleId: span.articleId,
      cited: span.text,
      ...fateOf(span, texts.get(span.contentHash), article.text),
      contentHash: article.contentHash,
    });
  }
  return out.sort((a, b) => a.source - b.source);
}

function fateOf(
  span: TrackedCitation,
  before: string | undefined,
  after: string,
): Pick<CitationChange, 'fate' | 'now'> {
  // The offsets index into the cited version; without it (or if it disagrees) the change is unknown.
  if (before === undefined || before.slice(span.start, span.end) !== span.text)
    return { fate: 'changed', now: [] };
  const fate = spanFate(before, span, after);
  if (fate.kind !== 'replaced') return { fate: 'removed', now: [] };
  const now = fate.now.filter((s) => after.slice(s.start, s.end) === s.text);
  return now.length > 0 ? { fate: 'replaced', now } : { fate: 'removed', now: [] };
}
