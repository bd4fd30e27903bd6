import type { RawKind } from '../../articles/article.js';
import type { Sql } from './database.js';
import { Params } from './params.js';
import { searchVector } from './writer.js';

/** One stored article as another store holds it, to be copied with its sequence number kept. */
export interface CopiedArticle {
  seq: number;
  id: string;
  externalId: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  publishedAtSource: string;
  ingestedAt: string;
  sortDay: number;
  language: string | null;
  contentHash: string;
  scope: string;
  isExample: boolean;
  text: string;
  raw: { kind: RawKind; source: string; content: string };
}

/**
 * Inserts copied articles with their own `seq` (so stories, which point at sequence numbers,
 * copy unchanged) and their full-text vectors, in one transaction's worth. Duplicate links are set
 * afterwards by `linkDuplicates`, once every article they may point to is there. Rows already
 * copied are skipped, so a copy that was interrupted can run again.
 */
export async function insertCopiedArticles(tx: Sql, rows: readonly CopiedArticle[]): Promise<void> {
  if (rows.length === 0) return;
  const params = new Params();
  const values = rows.map((r) => {
    return `(${[
      params.add(r.seq),
      params.add(r.id),
      params.add(r.externalId),
      params.add(r.url),
      params.add(r.canonicalUrl),
      params.add(r.title),
      params.add(r.outlet),
      params.add(r.byline),
      params.add(r.publishedAt),
      params.add(r.publishedAtSource),
      params.add(r.ingestedAt),
      params.add(r.sortDay),
      params.add(r.language),
      params.add(r.contentHash),
      params.add(r.scope),
      params.add(r.isExample),
      searchVector(params, r.title, r.text),
    ].join(', ')})`;
  });
  await tx.query(
    `INSERT INTO articles (seq, id, external_id, url, canonical_url, title, outlet, byline, published_at,
      published_at_source, ingested_at, sort_day, language, content_hash, scope, is_example, search)
    VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`,
    params.values,
  );
  await tx.query(
    `INSERT INTO article_bodies (seq, text, raw_kind, raw_source, raw_content)
    SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bytea[]) ON CONFLICT DO NOTHING`,
    [
      rows.map((r) => r.seq),
      rows.map((r) => r.text),
      rows.map((r) => r.raw.kind),
      rows.map((r) => r.raw.source),
      rows.map((r) => Buffer.from(r.raw.content, 'utf8')),
    ],
  );
}

/** Sets `duplicate_of` of copied articles (article id → the id of the original it copies). */
export async function linkDuplicates(
  tx: Sql,
  links: ReadonlyArray<{ id: string; duplicateOf: string }>,
): Promise<void> {
  if (links.length === 0) return;
  await tx.query(
    `UPDATE articles a SET duplicate_of = l.original FROM unnest($1::text[], $2::text[]) AS l(id, original)
    WHERE a.id = l.id AND a.duplicate_of IS DISTINCT FROM l.original`,
    [links.map((l) => l.id), links.map((l) => l.duplicateOf)],
  );
}

/** Near-duplicate band keys of copied originals. */
export async function insertCopiedBands(
  tx: Sql,
  bands: ReadonlyArray<{ key: number; seq: number }>,
): Promise<void> {
  if (bands.length === 0) return;
  await tx.query(
    'INSERT INTO article_bands (band_key, seq) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING',
    [bands.map((b) => b.key), bands.map((b) => b.seq)],
  );
}

/**
 * After a copy: new articles get sequence numbers above the copied ones, and the store's
 * version is at least the source's (so answer caches keyed by it never see an old number again).
 */
export async function finishCopy(tx: Sql, sourceVersion: number): Promise<void> {
  await tx.query(
    "SELECT setval(pg_get_serial_sequence('articles', 'seq'), greatest((SELECT max(seq) FROM articles), 1))",
  );
  await tx.query(
    `SELECT setval('store_version', greatest($1::bigint, 1, (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM store_version)))`,
    [sourceVersion],
  );
}
