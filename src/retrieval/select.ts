import type { Article } from '../articles/article.js';
import { byPublication, NearDuplicateIndex } from './dedupe.js';
import type { RetrievedPassage } from './types.js';

// Each further passage from the same article counts a little less, so an answer draws on several.
const SAME_ARTICLE_DECAY = 0.8;

/**
 * Chooses the passages of an answer: every pinned passage, then unpinned ones by rank while they fit
 * in what the budget leaves. A passage that repeats a chosen one (syndicated paragraph) is skipped,
 * or takes its place when it comes from an earlier published article. De-duplication runs only on
 * passages that would otherwise be chosen, so a long candidate list costs little.
 */
export function selectPassages(
  passages: readonly RetrievedPassage[],
  articles: ReadonlyMap<string, Article>,
  budget: number,
): { passages: RetrievedPassage[]; pinnedOverBudget: boolean } {
  const index = new NearDuplicateIndex(articles);
  const pinned = passages.filter((p) => p.pinned);
  for (const p of pinned) index.add(p);
  const pinnedChars = pinned.reduce((n, p) => n + size(p), 0);
  let used = pinnedChars;
  const chosen: RetrievedPassage[] = [];
  for (const p of rank(passages.filter((q) => !q.pinned))) {
    // The best passage always goes in, so an over-long first paragraph still gives an answer.
    const first = chosen.length === 0 && pinned.length === 0;
    if (!first && used + size(p) > budget) continue;
    const repeated = index.find(p);
    if (repeated === undefined) {
      chosen.push(p);
      index.add(p);
      used += size(p);
      continue;
    }
    const at = chosen.indexOf(repeated);
    if (at < 0 || byPublication(articles.get(p.articleId)!, articles.get(repeated.articleId)!) >= 0) continue;
    if (used - size(repeated) + size(p) > budget && !first) continue;
    chosen[at] = p;
    index.remove(repeated);
    index.add(p);
    used += size(p) - size(repeated);
  }
  return { passages: [...pinned, ...chosen], pinnedOverBudget: pinnedChars > budget };
}

/** By relevance, each article's passages discounted by their rank within it. */
function rank(passages: RetrievedPassage[]): RetrievedPassage[] {
  const rankInArticle = new Map<string, number>();
  return [...passages]
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .map((p) => {
      const r = rankInArticle.get(p.articleId) ?? 0;
      rankInArticle.set(p.articleId, r + 1);
      return { ...p, score: p.score * SAME_ARTICLE_DECAY ** r };
    })
    .sort((a, b) => b.score - a.score);
}

function size(p: RetrievedPassage): number {
  return p.end - p.start;
}
