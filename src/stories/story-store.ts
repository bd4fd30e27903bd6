import type { ScopeFilter } from '../store/article-store.js';
import type { StoryIndex } from './story-index.js';

/** A story as listed: only the articles the asking scope may see. Dates are `YYYY-MM-DD`. */
export interface StorySummary {
  id: string;
  /** The title of the story's most central article. */
  label: string;
  /** Original articles, oldest first. */
  articles: string[];
  /** Syndicated copies of those articles (never cited as separate sources). */
  copies: string[];
  /** Distinct outlets that ran the story (copies included), most articles first. */
  outlets: string[];
  first: string;
  last: string;
}

/** A story that was merged into another: its id still resolves to `mergedInto`. */
export interface MergedStory {
  id: string;
  /** Its label when it was merged. */
  label: string;
  /** The story it was merged into (never itself merged away). */
  mergedInto: string;
}

export interface StoryListQuery extends ScopeFilter {
  /** Stories with a visible article on or after this date (`YYYY-MM-DD`). */
  since?: string | undefined;
  /** Stories with a visible article on or before this date. */
  until?: string | undefined;
  /** Most recent first; default 50. */
  limit?: number | undefined;
}

/**
 * Stories kept next to the articles: the grouping index plus what surfaces read. Asynchronous so
 * a Postgres implementation can follow.
 */
export interface StoryStore extends StoryIndex {
  list(query: StoryListQuery): Promise<StorySummary[]>;
  /**
   * One story as the scope sees it; null when it has no visible article. The id of a story merged
   * into another resolves to that story (the summary carries the surviving id).
   */
  get(storyId: string, scope: ScopeFilter): Promise<StorySummary | null>;
  /** The stories merged into the given ones, as the scope sees them, oldest merge first. */
  redirects(storyIds: readonly string[], scope: ScopeFilter): Promise<MergedStory[]>;
  /** The story of each given article that has one. */
  storiesOf(articleIds: readonly string[]): Promise<Map<string, string>>;
  /** Stored articles not yet grouped, oldest first (for back-filling). */
  ungrouped(limit: number): Promise<Array<{ id: string; scope: string }>>;
  /**
   * Runs one grouping with every other process sharing the store kept out (a store several
   * processes write to provides it); grouping within one process is already one at a time.
   */
  exclusive?<T>(work: () => Promise<T>): Promise<T>;
}
