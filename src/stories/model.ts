import type { Scope } from '../articles/article.js';

/**
 * One original article as story grouping keeps it: the counts of its most telling terms, names
 * and headline words (raw counts, re-weighted as document frequencies grow: an article grouped
 * into a nearly empty store would otherwise keep weights from a time when every word looked rare).
 */
export interface StoryMember {
  articleId: string;
  scope: Scope;
  title: string;
  /** Days since 1970-01-01 (published date, else ingest date). */
  day: number;
  terms: Record<string, number>;
  names: Record<string, number>;
  head: Record<string, number>;
}

/** An article offered to grouping. */
export interface GroupingArticle {
  id: string;
  scope: Scope;
  title: string;
  text: string;
  /** Published date, else ingest date (ISO). */
  date: string;
  /** Set for a syndicated copy: it is linked into its original's story, never compared. */
  duplicateOf: string | null;
}

/** What grouping decided for one article. */
export interface Assignment {
  articleId: string;
  storyId: string;
  /** `joined` an existing story, `started` a new one, `copy` linked with its original, `kept` already grouped. */
  action: 'joined' | 'started' | 'copy' | 'kept';
  /** The winning story's score (0 for a new story or a copy). */
  score: number;
  /** Stories merged into `storyId` because this article bridged them (absent when none). */
  merged?: string[];
}

/** What deciding a merge needs to know about a story. */
export interface StoryStats {
  /** The scope the story was started in (a story is only ever merged with one of its own scope). */
  scope: Scope;
  /** Days since 1970-01-01 of its earliest original article. */
  first: number;
  /** Its number of original articles. */
  size: number;
}

/** Key prefixes in the shared document-frequency table. */
export const KEY_PREFIX = { terms: 't:', names: 'n:', head: 'h:' } as const;

/** The scopes whose stories and members an article in `scope` may be compared with. */
export function visibleScopes(scope: Scope, global: Scope): Scope[] {
  return scope === global ? [global] : [global, scope];
}
