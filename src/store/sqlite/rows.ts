import type { Article, DateSource, RawInput, RawKind } from '../../articles/article.js';
import { decodeRaw } from './raw-content.js';

/** Columns read for an Article (aliased `a` for articles, `b` for article_bodies). */
export const ARTICLE_COLUMNS = `a.seq, a.id, a.external_id, a.url, a.canonical_url, a.title, a.outlet, a.byline,
  a.published_at, a.published_at_source, a.ingested_at, a.language, a.content_hash, a.scope,
  a.duplicate_of, a.is_example, b.text`;

/** One row of ARTICLE_COLUMNS. */
export interface ArticleRow {
  seq: number;
  id: string;
  external_id: string | null;
  url: string | null;
  canonical_url: string | null;
  title: string;
  outlet: string | null;
  byline: string | null;
  published_at: string | null;
  published_at_source: string;
  ingested_at: string;
  language: string | null;
  content_hash: string;
  scope: string;
  duplicate_of: string | null;
  is_example: number;
  text: string;
}

export function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    externalId: row.external_id,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    publishedAt: row.published_at,
    publishedAtSource: row.published_at_source as DateSource,
    ingestedAt: row.ingested_at,
    language: row.language,
    text: row.text,
    contentHash: row.content_hash,
    scope: row.scope,
    duplicateOf: row.duplicate_of,
    isExample: row.is_example === 1,
  };
}

export interface RawRow {
  raw_kind: string;
  raw_source: string;
  /** Plain text, or deflate-compressed (see raw-content.ts). */
  raw_content: string | Buffer;
}

export function toRaw(row: RawRow): RawInput {
  return { kind: row.raw_kind as RawKind, source: row.raw_source, content: decodeRaw(row.raw_content) };
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date or date-time (its calendar day as written), or null. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}
