import type { Article } from '../articles/article.js';
import type { ScopeFilter } from '../store/article-store.js';

/** What retrieval needs from a request (an AnswerRequest fits). */
export interface RetrievalRequest {
  query: string;
  /** Pinned article ids or external ids: every paragraph included, never cut. */
  articles?: readonly string[] | undefined;
  since?: string | undefined;
  until?: string | undefined;
  outlet?: string | undefined;
  guild?: string | undefined;
  /** A story id, resolved through `RetrieveOptions.stories`. */
  story?: string | undefined;
  /** Read only the pinned articles (or the story), never search: a question about given sources. */
  pinnedOnly?: boolean | undefined;
}

/** One paragraph-level range of an article chosen for an answer. */
export interface RetrievedPassage {
  articleId: string;
  start: number;
  end: number;
  /**
   * Ranking score in [0, 1]: relevance to the query, discounted a little for each better passage of
   * the same article (so answers draw on several). Pinned passages may score 0 for a generic query.
   */
  score: number;
  /** From an article the user pinned: never dropped by relevance, budget or de-duplication. */
  pinned: boolean;
}

/** The articles and passages an answer may draw on. */
export interface Retrieval {
  /** Every article with at least one passage, in order of best passage. */
  articles: Article[];
  /** Pinned passages first (in article order), then the rest by decreasing score. */
  passages: RetrievedPassage[];
  /** True when the pinned passages alone exceed the budget (they are all included anyway). */
  pinnedOverBudget: boolean;
  /** The story answered over (`story` requests). */
  story?: StoryCoverage | undefined;
}

/** What an answer over a story needs of it: its original articles and how widely it was covered. */
export interface StoryCoverage {
  /** A short name for the story (its first article's headline, as grouping chose it). */
  label?: string;
  /** Original articles visible in the scope. */
  articles: string[];
  outlets: string[];
  /** `YYYY-MM-DD` of its first and last article. */
  first: string;
  last: string;
}

/** Resolves a story id (a StoryStore is one). */
export interface StoryLookup {
  /** Null when no such story is visible in the scope. */
  get(story: string, scope: ScopeFilter): Promise<StoryCoverage | null>;
  /** The story id of each article that belongs to one (a speaker's record groups by it). */
  storiesOf?(articleIds: readonly string[]): Promise<Map<string, string>>;
}

export interface RetrieveOptions {
  /** Characters of passage text per answer; pinned passages count against it but are never cut. */
  budgetChars: number;
  /** Articles asked of the store's search (default 30). */
  searchLimit?: number;
  stories?: StoryLookup;
}
