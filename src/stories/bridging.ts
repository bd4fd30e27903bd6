/** A candidate story with the incoming article's score against it. */
export interface RankedStory {
  storyId: string;
  score: number;
}

/** The conservative rule for merging two stories through one article (StoryTuning.merge). */
export interface BridgeRule {
  /** Both stories must score at least this, and at least the join threshold plus `margin`. */
  above: number;
  /** The second story's score must be at least this fraction of the first's: the article belongs to both about equally. */
  balance: number;
  /** The second story must beat every other candidate by at least this much. */
  margin: number;
  /** The article's opening sentences must resemble each story's headlines and leads this much (cosine). */
  opening: number;
}

/**
 * The story an article bridges to its best one, or null. Candidates come ranked, best first. The
 * two best must both score well above the join threshold, about equally; the second must stand
 * clear of the third, since an article that resembles many stories (a campaign round-up, a market
 * report) is generic rather than a bridge; and the article's opening sentences must speak of
 * both, since a link between two strands of a story is the news of the article that reports it,
 * while a round-up of two unrelated events opens on one of them (its headline may list both). A
 * false merge cannot be undone, so near misses never merge.
 */
export function bridgedStory<T extends RankedStory>(
  ranked: readonly T[],
  rule: BridgeRule & { threshold: number },
  openingSimilarity: (story: T) => number,
): T | null {
  const [first, second, third] = ranked;
  if (first === undefined || second === undefined) return null;
  if (second.score < Math.max(rule.above, rule.threshold + rule.margin)) return null;
  if (second.score < rule.balance * first.score) return null;
  if (second.score - (third?.score ?? 0) < rule.margin) return null;
  return openingSimilarity(first) >= rule.opening && openingSimilarity(second) >= rule.opening
    ? second
    : null;
}

/**
 * Of two stories being merged, whether `a` keeps its id: the older one (earliest first article),
 * since its id has been shown and linked longest; on the same day the larger; then the smaller id.
 */
export function keepsItsId(
  a: { id: string; first: number; size: number },
  b: { id: string; first: number; size: number },
): boolean {
  if (a.first !== b.first) return a.first < b.first;
  if (a.size !== b.size) return a.size > b.size;
  return a.id < b.id;
}
