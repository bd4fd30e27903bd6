import { GLOBAL_SCOPE } from '../../articles/article.js';
import type { UpsertResult } from '../article-store.js';
import { dayNumber } from '../sqlite/rows.js';
import type { PreparedDraft } from '../sqlite/writer.js';
import { prepared, type Sql } from './database.js';
import { foldForSearch } from './fold.js';
import {
  bestOriginal,
  EXISTING,
  ORIGINAL_CTES,
  type Candidate,
  type ExistingRow,
  type PgArticleWriter,
} from './writer.js';

/** What the batch lookup found for one draft: its stored row, or the candidates for its original. */
interface Found {
  existing?: ExistingRow;
  candidates: Candidate[];
}

/**
 * Saves a chunk of drafts in a few statements instead of two per draft: one lookup for the whole
 * chunk, then the new articles (rows, bodies, band keys) in one insert. The outcome is the one
 * saving them one by one would give: a draft that touches an earlier draft of the chunk (same id,
 * external id, text, or a shared band key), or that is already stored, is decided on its own
 * after the drafts before it are written. Call inside the chunk's transaction, with its locks.
 */
export async function saveChunkBatched(
  tx: Sql,
  writer: PgArticleWriter,
  drafts: readonly PreparedDraft[],
): Promise<UpsertResult[]> {
  const found = await lookupAll(tx, drafts);
  const results: UpsertResult[] = [];
  let pending: Array<{ p: PreparedDraft; duplicateOf: string | null }> = [];
  const flush = async () => {
    await insertNew(tx, pending);
    pending = [];
  };
  const seen = { ids: new Set<string>(), hashes: new Set<string>(), bands: new Set<number>() };
  for (let i = 0; i < drafts.length; i++) {
    const p = drafts[i]!;
    const f = found[i]!;
    const ext = p.draft.externalId ? `${p.scope}\n${p.draft.externalId}` : null;
    const touches =
      seen.ids.has(p.id) ||
      (ext !== null && seen.ids.has(ext)) ||
      seen.hashes.has(p.hash) ||
      p.fp.bands.some((b) => seen.bands.has(b));
    seen.ids.add(p.id);
    if (ext !== null) seen.ids.add(ext);
    seen.hashes.add(p.hash);
    for (const b of p.fp.bands) seen.bands.add(b);
    if (touches || f.existing) {
      // Decided against everything written before it, as a save of its own would be.
      await flush();
      results.push(await writer.save(tx, p));
      continue;
    }
    const original = bestOriginal(f.candidates, p.fp);
    pending.push({ p, duplicateOf: original?.id ?? null });
    results.push(
      original ? { status: 'duplicate', id: p.id, duplicateOf: original.id } : { status: 'added', id: p.id },
    );
  }
  await flush();
  return results;
}

/** The stored row or original candidates of every draft, in one statement. */
async function lookupAll(tx: Sql, drafts: readonly PreparedDraft[]): Promise<Found[]> {
  // Planned each time, not prepared: a plan cached while the tables were small would keep
  // scanning them once they are large.
  const r = await tx.query<{ i: string; kind: 'e' | 'h' | 'c'; row: Record<string, unknown> }>(
    `SELECT d.i, l.kind, l.row
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS d(id, ext, scope, hash, bands, i)
      CROSS JOIN LATERAL (
        WITH e AS (SELECT * FROM (SELECT 0 AS pri, ${EXISTING} WHERE id = d.id
            UNION ALL SELECT 1 AS pri, ${EXISTING} WHERE d.ext IS NOT NULL AND scope = d.scope AND external_id = d.ext) x
            ORDER BY pri LIMIT 1),
        ${ORIGINAL_CTES('d.hash', '$6', 'd.scope', 'd.bands::bigint[]')}
        SELECT 'e' AS kind, to_jsonb(e) AS row FROM e
        UNION ALL SELECT 'h', to_jsonb(h) || '{"text": null}' FROM h WHERE NOT EXISTS (SELECT 1 FROM e)
        UNION ALL SELECT 'c', to_jsonb(c) FROM c WHERE NOT EXISTS (SELECT 1 FROM e)) l`,
    [
      drafts.map((p) => p.id),
      drafts.map((p) => p.draft.externalId),
      drafts.map((p) => p.scope),
      drafts.map((p) => p.hash),
      drafts.map((p) => `{${p.fp.bands.join(',')}}`),
      GLOBAL_SCOPE,
    ],
  );
  const out: Found[] = drafts.map(() => ({ candidates: [] }));
  for (const row of r.rows) {
    const f = out[Number(row.i) - 1]!;
    if (row.kind === 'e') {
      const e = row.row as unknown as ExistingRow;
      f.existing = { ...e, seq: String(e.seq) };
    } else f.candidates.push(row.row as unknown as Candidate);
  }
  return out;
}

/** Inserts new articles, their bodies and (for originals) their band keys, in one statement. */
async function insertNew(
  tx: Sql,
  rows: ReadonlyArray<{ p: PreparedDraft; duplicateOf: string | null }>,
): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: { p: PreparedDraft; duplicateOf: string | null }) => T) => rows.map(f);
  const bandRows = rows
    .filter((r) => r.duplicateOf === null)
    .flatMap((r) => r.p.fp.bands.map((k) => [r.p.id, k] as const));
  await tx.query(
    prepared(`WITH x AS (
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
          $9::text[], $10::text[], $11::int[], $12::text[], $13::text[], $14::text[], $15::text[], $16::bool[], $17::text[],
          $18::text[], $19::text[], $20::text[], $21::text[], $22::bytea[])
          WITH ORDINALITY AS x(id, external_id, url, canonical_url, title, outlet, byline, published_at, published_at_source,
            ingested_at, sort_day, language, content_hash, scope, duplicate_of, is_example, text, folded_title, folded_text,
            raw_kind, raw_source, raw_content, n)),
      a AS (INSERT INTO articles (id, external_id, url, canonical_url, title, outlet, byline, published_at,
          published_at_source, ingested_at, sort_day, language, content_hash, scope, duplicate_of, is_example, search)
        SELECT id, external_id, url, canonical_url, title, outlet, byline, published_at, published_at_source, ingested_at,
          sort_day, language, content_hash, scope, duplicate_of, is_example,
          setweight(to_tsvector('newsroom', coalesce(folded_title, title)), 'A')
            || setweight(to_tsvector('newsroom', coalesce(folded_text, text)), 'B')
        FROM x ORDER BY n RETURNING seq, id),
      b AS (INSERT INTO article_bodies (seq, text, raw_kind, raw_source, raw_content)
        SELECT a.seq, x.text, x.raw_kind, x.raw_source, x.raw_content FROM a JOIN x ON x.id = a.id)
      INSERT INTO article_bands (band_key, seq)
        SELECT k.key, a.seq FROM unnest($23::text[], $24::bigint[]) AS k(id, key) JOIN a ON a.id = k.id
        ON CONFLICT DO NOTHING`),
    [
      col((r) => r.p.id),
      col((r) => r.p.draft.externalId),
      col((r) => r.p.draft.url),
      col((r) => r.p.draft.canonicalUrl),
      col((r) => r.p.draft.title),
      col((r) => r.p.draft.outlet),
      col((r) => r.p.draft.byline),
      col((r) => r.p.draft.publishedAt),
      col((r) => r.p.draft.publishedAtSource),
      col((r) => r.p.now),
      col((r) => dayNumber(r.p.draft.publishedAt) ?? dayNumber(r.p.now) ?? 0),
      col((r) => r.p.draft.language),
      col((r) => r.p.hash),
      col((r) => r.p.scope),
      col((r) => r.duplicateOf),
      col((r) => r.p.isExample),
      col((r) => r.p.draft.text),
      col((r) => foldForSearch(r.p.draft.title)),
      col((r) => foldForSearch(r.p.draft.text)),
      col((r) => r.p.draft.raw.kind),
      col((r) => r.p.draft.raw.source),
      col((r) => Buffer.from(r.p.draft.raw.content, 'utf8')),
      bandRows.map(([id]) => id),
      bandRows.map(([, key]) => key),
    ],
  );
}
