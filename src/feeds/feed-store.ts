import type { Scope } from '../articles/article.js';

/** A polled feed and its health. Times are ISO date-times. */
export interface FeedRecord {
  id: string;
  /** `global`, or the guild whose scope its articles go to. */
  scope: Scope;
  url: string;
  /** The feed's own title, once read. */
  title: string | null;
  addedAt: string;
  addedBy: string | null;
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** Failed polls in a row (drives the backoff). */
  failures: number;
  nextPollAt: string;
  /** Items the feed listed at its last successful read. */
  itemCount: number;
  /** Articles added from this feed so far. */
  addedCount: number;
}

/** One poll's outcome, for the health fields. */
export type PollOutcome =
  | {
      ok: true;
      at: string;
      nextPollAt: string;
      notModified: boolean;
      etag: string | null;
      lastModified: string | null;
      title: string | null;
      itemCount: number;
      added: number;
    }
  | { ok: false; at: string; nextPollAt: string; error: string };

/**
 * Feeds and what was taken from them. Asynchronous so a Postgres implementation can follow.
 */
export interface FeedStore {
  /** Adds a feed; null when the scope already has this URL. */
  add(args: { scope: Scope; url: string; by: string | null; at: string }): Promise<FeedRecord | null>;
  /** The feeds of exactly one scope, oldest first. */
  list(scope: Scope): Promise<FeedRecord[]>;
  /** A feed of the scope by id or URL. */
  find(scope: Scope, idOrUrl: string): Promise<FeedRecord | null>;
  remove(scope: Scope, id: string): Promise<boolean>;
  /** Removes every feed of a guild (the bot left it). */
  removeScope(scope: Scope): Promise<number>;
  /** Guilds that have feeds of their own (not `global`), so a server with only feeds is still known. */
  guildScopes(): Promise<string[]>;
  /** Feeds due at `now`, soonest first. */
  due(now: string, limit: number): Promise<FeedRecord[]>;
  /**
   * Takes a due feed for polling by moving its next poll to `leaseUntil`; false when another
   * process took it first (or it is no longer due).
   */
  lease(id: string, now: string, leaseUntil: string): Promise<boolean>;
  record(id: string, outcome: PollOutcome): Promise<void>;
  /** Which of these item keys were already taken from the feed. */
  seen(feedId: string, keys: readonly string[]): Promise<Set<string>>;
  markSeen(
    feedId: string,
    items: ReadonlyArray<{ key: string; articleId: string | null }>,
    at: string,
  ): Promise<void>;
}
