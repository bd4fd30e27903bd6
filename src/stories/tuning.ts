/**
 * The knobs of story grouping, in one place. The values were chosen on general grounds and
 * checked with eval/stories/score.ts on the shared corpus and on our own fictional fixtures;
 * they are not fitted to any corpus's words.
 */
export interface StoryTuning {
  /** Weights of the three similarities; they sum to 1. */
  weights: { terms: number; names: number; head: number };
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
}

export const DEFAULT_STORY_TUNING: StoryTuning = Object.freeze({
  weights: Object.freeze({ terms: 0.5, names: 0.3, head: 0.2 }),
  threshold: 0.15,
  halfDays: 3650,
  priorDocuments: 20,
  keep: Object.freeze({ terms: 80, names: 40, head: 40 }),
  indexKeys: Object.freeze({ terms: 12, names: 8 }),
  candidates: 20,
  membersPerStory: 30,
});
