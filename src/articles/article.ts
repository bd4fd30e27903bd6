/** Where an article's publication date came from. */
export type DateSource = 'metadata' | 'text' | 'unknown';

/** The input format an article was read from. */
export type RawKind = 'text' | 'markdown' | 'html' | 'json' | 'feed-item';

/** The input exactly as received, kept so a better cleaner can re-run later without re-fetching. */
export interface RawInput {
  kind: RawKind;
  /** File path or URL the input came from. */
  source: string;
  /** The raw content (decoded to a string). For JSON inputs, the one record as JSON. */
  content: string;
}

/** `global`, or a Discord guild id for articles ingested inside one server. */
export type Scope = string;
export const GLOBAL_SCOPE: Scope = 'global';

/**
 * A stored article. `text` is the clean body, paragraphs separated by exactly one blank line.
 * Citations are character offsets into exactly this string, so it never changes silently:
 * a changed text is an `updated` article with a new content hash.
 */
export interface Article {
  /** Stable id: derived from the canonical URL when known, else from the content hash. */
  id: string;
  /** The input's own `id` field, when it had one. */
  externalId: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  outlet: string | null;
  byline: string | null;
  /** ISO 8601 date (`YYYY-MM-DD`) or date-time, or null when unknown. */
  publishedAt: string | null;
  publishedAtSource: DateSource;
  /** ISO 8601 date-time of the first ingest. */
  ingestedAt: string;
  /** BCP 47 primary language tag (`en`), or null when not detected. */
  language: string | null;
  text: string;
  /** sha256 (hex) of `text`. */
  contentHash: string;
  scope: Scope;
  /** Set when this article is a (near-)duplicate of another stored article: never cited as a second source. */
  duplicateOf: string | null;
  /** True for the bundled sample articles, so `newsroom remove --examples` can take them out. */
  isExample: boolean;
}

/**
 * An article as read from an input, before it is stored: the Article fields an input can supply
 * (`text` already through the cleaner), plus the raw input. The store derives the rest.
 */
export type ArticleDraft = Pick<
  Article,
  | 'externalId'
  | 'url'
  | 'canonicalUrl'
  | 'title'
  | 'outlet'
  | 'byline'
  | 'publishedAt'
  | 'publishedAtSource'
  | 'language'
  | 'text'
> & { raw: RawInput };

/** A character range `[start, end)` in an article's text. */
export interface Span {
  start: number;
  end: number;
}
