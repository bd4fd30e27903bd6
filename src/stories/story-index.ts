import type { Scope } from '../articles/article.js';
import type { StoryMember, StoryStats } from './model.js';
import type { Frequencies } from './vectors.js';

/**
 * What incremental grouping needs from storage: document frequencies, a candidate index and the
 * members of candidate stories. Asynchronous so a Postgres implementation can follow; an
 * in-memory implementation serves the evaluation and benchmarks.
 */
export interface StoryIndex {
  /** The document count and the frequencies of the given (prefixed) keys. */
  frequencies(keys: Iterable<string>): Promise<Frequencies>;
  /** Counts one more document containing each of `keys` (each key once). */
  countDocument(keys: readonly string[]): Promise<void>;
  /** Stories sharing any index key, most shared keys first, only stories of the given scopes. */
  candidates(keys: readonly string[], scopes: readonly Scope[], limit: number): Promise<string[]>;
  /** The most recent `limit` members of each story, only members of the given scopes. */
  members(
    storyIds: readonly string[],
    scopes: readonly Scope[],
    limit: number,
  ): Promise<Map<string, StoryMember[]>>;
  /** The story an article belongs to (as a member or a copy), if any. */
  storyOf(articleId: string): Promise<string | null>;
  /** Adds an original article: to `storyId`, or to a new story with that id when `create` is set. */
  addMember(args: {
    storyId: string;
    create: boolean;
    member: StoryMember;
    indexKeys: readonly string[];
  }): Promise<void>;
  /** Links a syndicated copy into a story. */
  addCopy(args: { storyId: string; articleId: string; scope: Scope; day: number }): Promise<void>;
  /** Whether a story with this id exists. */
  hasStory(storyId: string): Promise<boolean>;
  /** Sets a story's label (its most central article's title). */
  setLabel(storyId: string, label: string): Promise<void>;
  /** Scope, first day and size of each given story that exists. */
  stats(storyIds: readonly string[]): Promise<Map<string, StoryStats>>;
  /**
   * Moves every article and index key of story `from` into story `into`, and leaves a redirect so
   * the old id still resolves (earlier redirects to `from` are pointed at `into`). Atomic.
   */
  mergeStories(args: { from: string; into: string }): Promise<void>;
}
