/**
 * The knobs of story grouping, in one place. The values were chosen on general grounds and
 * checked with eval/stories/score.ts on the shared corpus and on our own fictional fixtures;
 * they are not fitted to any corpus's words.
 */
export interface StoryTuning {
  /** Multiply each part's tf-idf weights before an article's parts are scaled to unit length together. */
  weights: { terms: number; names: number; head: number };
  /** Shared terms at which a similarity counts half: it is multiplied by n / (n + evidence). */
  evidence: number;
  /** How much a story's single closest member counts against its centroid (see story-score.ts). */
  memberWeight: number;
  /** A story is joined from this score up; below it the article starts a new story. */
  threshold: number;
  /** Days after which the time factor halves: 1 / (1 + days / halfDays). Gentle, never a cut-off. */
  halfDays: number;
  /** Pseudo-documents added to the count so idf stays sane while the store is nearly empty. */
  priorDocuments: number;
  /** Most weighted entries kept per member and map: the rest is noise and storage. */
  keep: { terms: number; names: number; head: number };
  /** Keys per article written to (and looked up in) the candidate index. */
  indexKeys: { terms: number; names: number };
  /** Candidate stories scored per article. */
  candidates: number;
  /** Most recent members read per candidate story. */
  membersPerStory: number;
  /** When one article clearly belongs to two stories, they merge (see bridging.ts). */
  merge: { above: number; balance: number; margin: number; opening: number };
}

export const DEFAULT_STORY_TUNING: StoryTuning = Object.freeze({
  weights: Object.freeze({ terms: 1, names: 1, head: 1 }),
  evidence: 3,
  memberWeight: 0.8,
  threshold: 0.11,
  halfDays: 3650,
  priorDocuments: 20,
  keep: Object.freeze({ terms: 80, names: 40, head: 40 }),
  indexKeys: Object.freeze({ terms: 12, names: 8 }),
  candidates: 20,
  membersPerStory: 30,
  merge: Object.freeze({ above: 0.14, balance: 0.5, margin: 0.03, opening: 0.05 }),
});
