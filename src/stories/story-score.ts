import { PARTS, unitParts, type PartVectors } from './member-vectors.js';
import { addInto, dot, normalize, type SparseVector } from './vectors.js';

/** An article or member as scoring sees it: its day and its weighted vectors. */
export interface Scored {
  day: number;
  v: PartVectors;
}

/** What scoring reads from the tuning (see StoryTuning). */
export interface ScoreTuning {
  halfDays: number;
  evidence: number;
  memberWeight: number;
}

/**
 * Similarity of two articles (or centroids): the cosine of their joint vectors, discounted when it
 * rests on few shared terms, by n / (n + evidence). Two articles that share "Clinton" and
 * "campaign" and nothing else are not one event, however rare those words still look in a young
 * store; two reports of one event share a dozen terms or more.
 */
export function similarity(a: PartVectors, b: PartVectors, evidence: number): number {
  let cosine = 0;
  for (const p of PARTS) cosine += dot(a[p], b[p]);
  const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  let shared = 0;
  for (const k of small.keys()) if (large.has(k)) shared++;
  return (cosine * shared) / (shared + evidence);
}

/** Cosine of an article's opening sentences with a story's headlines and leads: whether it opens on that story. */
export function openingSimilarity(opening: SparseVector, story: PartVectors): number {
  return dot(normalize(opening), normalize(story.head));
}

/** The sum of vectors scaled to unit length: what a set of articles has in common. */
export function centroid(vs: readonly PartVectors[]): PartVectors {
  const sum: PartVectors = { terms: new Map(), names: new Map(), head: new Map() };
  for (const v of vs) for (const p of PARTS) addInto(sum[p], v[p]);
  return unitParts(sum);
}

/** A gentle time decay: 1 / (1 + days / halfDays), never a cut-off. */
export function decay(days: number, halfDays: number): number {
  return 1 / (1 + days / halfDays);
}

/**
 * An article's score against a story: its similarity to the story's centroid, or to the story's
 * closest member discounted by `memberWeight` when that is higher (an article that follows the
 * story's latest turn), each weighed by the time between (for the centroid, to the nearest
 * member). Leaning on the centroid keeps a story from growing, one pairwise resemblance at a time,
 * into a theme ("the election", "the economy"). A story of one article is that article.
 */
export function storyScore(me: Scored, members: readonly Scored[], t: ScoreTuning): number {
  let bestMember = 0;
  let nearest = Infinity;
  for (const m of members) {
    const days = Math.abs(me.day - m.day);
    nearest = Math.min(nearest, days);
    bestMember = Math.max(bestMember, similarity(me.v, m.v, t.evidence) * decay(days, t.halfDays));
  }
  if (members.length < 2) return bestMember;
  const c = similarity(me.v, centroid(members.map((m) => m.v)), t.evidence);
  return Math.max(t.memberWeight * bestMember, c * decay(nearest, t.halfDays));
}
