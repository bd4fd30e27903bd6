import type { Article, ArticleDraft, RawInput, Scope, Span } from '../articles/article.js';

/** What a command may see: global articles, plus one guild's own when `guild` is set. */
export interface ScopeFilter {
  /** A Discord guild id; undefined means global articles only. */
  guild?: string | undefined;
}

/** Filters shared by list, search and retrieval. Dates are inclusive `YYYY-MM-DD`. */
export interface ArticleFilter extends ScopeFilter {
  since?: string | undefined;
  until?: string | undefined;
  /** Case-insensitive exact outlet name. */
  outlet?: string | undefined;
}

/** The outcome of writing one article. */
export type UpsertStatus = 'added' | 'updated' | 'unchanged' | 'duplicate';

export interface UpsertResult {
  status: UpsertStatus;
  id: string;
  /** For `duplicate`: the article this one copies. */
  duplicateOf?: string;
}

/** One draft's outcome in a batch: stored (any status), or failed alone while the rest were kept. */
export type BatchSaveResult = { ok: true; result: UpsertResult } | { ok: false; error: unknown };

/** Options for storing a draft. */
export interface SaveOptions {
  scope: Scope;
  /** Marks bundled sample articles. */
  isExample?: boolean;
  /** Injected clock (ISO date-time) for `ingestedAt`. */
  now?: string;
}

export interface SearchQuery extends ArticleFilter {
  /** What the user typed; any string is safe (quotes, `*`, `-`, `NEAR`, emoji…). */
  text: string;
  limit?: number;
  /** Include articles marked as duplicates (default false: one copy of the same words). */
  includeDuplicates?: boolean;
}

export interface SearchHit {
  article: Article;
  /** Higher is better. */
  score: number;
  /** A short excerpt with matched terms wrapped in `**`. */
  snippet: string;
  /** Paragraph-level ranges of `article.text` that match the query, best first. */
  passages: Span[];
}

export interface ListQuery extends ArticleFilter {
  limit?: number;
  offset?: number;
}

export interface StoreStats {
  articles: number;
  duplicates: number;
  examples: number;
  outlets: number;
  scopes: number;
  oldest: string | null;
  newest: string | null;
  /** Database size on disk in bytes (0 when not file-backed). */
  bytes: number;
}

/**
 * The article store. Asynchronous on purpose: a Postgres implementation will follow, so no
 * caller may rely on synchronous calls. Implementations must write each article atomically.
 */
/** A version of an article that a later `updated` re-ingest replaced. */
export interface ArticleVersion {
  /** 1 for the first text stored, counting up. */
  version: number;
  title: string;
  text: string;
  contentHash: string;
  /** ISO time at which a newer text replaced this one. */
  replacedAt: string;
}

export interface ArticleStore {
  /** Store a draft, deciding added/updated/unchanged/duplicate in one transaction. */
  save(draft: ArticleDraft, options: SaveOptions): Promise<UpsertResult>;
  /**
   * Optional bulk form of `save` for ingesting many articles: one transaction for the batch (far
   * cheaper per article), each draft still written atomically on its own (a failing draft leaves
   * no trace and does not stop the others). Results in input order.
   */
  saveMany?(drafts: readonly ArticleDraft[], options: SaveOptions): Promise<BatchSaveResult[]>;
  /** By id or external id, within the scope filter. */
  get(idOrExternalId: string, scope?: ScopeFilter): Promise<Article | null>;
  getMany(ids: readonly string[], scope?: ScopeFilter): Promise<Article[]>;
  /** The raw input kept for an article. */
  getRaw(id: string): Promise<RawInput | null>;
  /**
   * Earlier versions of an article visible in the scope, oldest first: each `updated` re-ingest
   * that changed the text keeps the version it replaced. Empty for an article never updated, or
   * one not visible.
   */
  versions(idOrExternalId: string, scope?: ScopeFilter): Promise<ArticleVersion[]>;
  /** Newest first (by published date, then ingest time). */
  list(query: ListQuery): Promise<Article[]>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Removes one article visible in the scope; returns whether one was removed. */
  remove(idOrExternalId: string, scope?: ScopeFilter): Promise<boolean>;
  /** Removes the bundled sample articles; returns how many. */
  removeExamples(): Promise<number>;
  /** The guilds that have articles of their own (every scope but global), in no particular order. */
  guildScopes(): Promise<string[]>;
  /** Removes every article of one guild (the bot left that server); returns how many. */
  removeScope(guild: string): Promise<number>;
  /** Distinct outlet names visible in the scope, optionally starting with a prefix (autocomplete). */
  outlets(scope?: ScopeFilter, prefix?: string, limit?: number): Promise<string[]>;
  stats(scope?: ScopeFilter): Promise<StoreStats>;
  /** Increases whenever any article is added, updated or removed (answer-cache invalidation). */
  version(): Promise<number>;
  close(): Promise<void>;
}
