import type { Article, DateSource, RawInput, RawKind } from '../../articles/article.js';

/** Columns read for an Article (aliased `a` for articles, `b` for article_bodies). */
export const ARTICLE_COLUMNS = `a.seq, a.id, a.external_id, a.url, a.canonical_url, a.title, a.outlet, a.byline,
  a.published_at, a.published_at_source, a.ingested_at, a.language, a.content_hash, a.scope,
  a.duplicate_of, a.is_example, b.text`;

/** One row of ARTICLE_COLUMNS (`seq` is a bigint, read as a string). */
export interface PgArticleRow {
  seq: string;
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
  is_example: boolean;
  text: string;
}

export function toArticle(row: PgArticleRow): Article {
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
    isExample: row.is_example,
  };
}

export interface PgRawRow {
  raw_kind: string;
  raw_source: string;
  raw_content: Buffer;
}

export function toRaw(row: PgRawRow): RawInput {
  return { kind: row.raw_kind as RawKind, source: row.raw_source, content: row.raw_content.toString('utf8') };
}
