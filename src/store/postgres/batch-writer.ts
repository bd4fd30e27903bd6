import { GLOBAL_SCOPE } from '../../articles/article.js';
import type { UpsertResult } from '../article-store.js';
import { dayNumber } from '../sqlite/rows.js';
import type { PreparedDraft } from '../sqlite/writer.js';
import { prepared, type Sql } from './database.js';
import { foldForSearch } from './fold.js';
import {
  bestOriginal,
  EXISTING,
  MAX_CANDIDATES,
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

/** A band key's visible originals, as the lookup returns them. */
interface BandRow {
  band_key: number | string;
  scope: string;
  seq: number | string;
  id: string;
}

/**
 * The stored row or original candidates of every draft: one statement for the whole chunk, each
 * part one index probe per distinct key (ids, external ids, content hashes, band keys) rather
 * than a sub-plan of several lookups and joins per draft; then, only when some draft shares a band key with a stored original, a
 * second statement for those candidates' texts. Per draft, the same rows as `ORIGINAL_CTES`:
 * the first non-duplicate of the same hash its scope can see, else up to MAX_CANDIDATES of the
 * band-sharing ones, lowest seq first (the first MAX_CANDIDATES of each band and visible scope,
 * which the lookup returns, hold them). Each key is looked up on its own behind `OFFSET 0` (which
 * keeps the planner from flattening the lookup into a join): an equality on one indexed column,
 * which only an index scan serves well, whatever the statistics say. A table without statistics
 * (autovacuum off, a young table) otherwise turned `= ANY(<1,000 band keys>)` into a sequential
 * scan, its estimated selectivity being nearly all rows.
 */
async function lookupAll(tx: Sql, drafts: readonly PreparedDraft[]): Promise<Found[]> {
  const scopes = [...new Set([GLOBAL_SCOPE, ...drafts.map((p) => p.scope)])];
  // Planned each time, not prepared: a plan cached while the tables were small would keep
  // scanning them once they are large.
  const r = await tx.query<{ kind: 'i' | 'x' | 'h' | 'b'; row: Record<string, unknown> }>(
    `WITH k AS MATERIALIZED (SELECT p.key AS band_key, b.seq FROM unnest($5::bigint[]) AS p(key)
        CROSS JOIN LATERAL (SELECT seq FROM article_bands WHERE band_key = p.key OFFSET 0) b),
      c AS MATERIALIZED (SELECT a.seq, a.id, a.scope FROM (SELECT DISTINCT seq FROM k) s
        CROSS JOIN LATERAL (SELECT seq, id, scope, duplicate_of FROM articles WHERE seq = s.seq OFFSET 0) a
        WHERE a.duplicate_of IS NULL AND a.scope = ANY($3::text[]))
    SELECT 'i' AS kind, to_jsonb(e) AS row FROM unnest($1::text[]) AS p(id)
      CROSS JOIN LATERAL (SELECT ${EXISTING} WHERE id = p.id OFFSET 0) e
    UNION ALL SELECT 'x', to_jsonb(e) FROM unnest($2::text[]) AS p(ext)
      CROSS JOIN LATERAL (SELECT scope AS ext_scope, ${EXISTING} WHERE external_id = p.ext OFFSET 0) e
      WHERE e.ext_scope = ANY($3::text[])
    UNION ALL SELECT 'h', to_jsonb(h) FROM (SELECT DISTINCT ON (a.content_hash, a.scope) a.seq, a.id, a.content_hash, a.scope
      FROM unnest($4::text[]) AS p(hash)
      CROSS JOIN LATERAL (SELECT seq, id, content_hash, scope, duplicate_of FROM articles WHERE content_hash = p.hash OFFSET 0) a
      WHERE a.duplicate_of IS NULL AND a.scope = ANY($3::text[])
      ORDER BY a.content_hash, a.scope, a.seq) h
    UNION ALL SELECT 'b', to_jsonb(b) FROM (SELECT * FROM (
        SELECT k.band_key, c.scope, c.seq, c.id, row_number() OVER (PARTITION BY k.band_key, c.scope ORDER BY c.seq) AS n
        FROM k JOIN c ON c.seq = k.seq) x WHERE n <= ${MAX_CANDIDATES}) b`,
    [
      [...new Set(drafts.map((p) => p.id))],
      [...new Set(drafts.flatMap((p) => (p.draft.externalId ? [p.draft.externalId] : [])))],
      scopes,
      [...new Set(drafts.map((p) => p.hash))],
      [...new Set(drafts.flatMap((p) => p.fp.bands))],
    ],
  );
  const byId = new Map<string, ExistingRow>();
  const byExt = new Map<string, ExistingRow>();
  const firstOfHash = new Map<string, { seq: number; id: string }>();
  const band = new Map<string, BandRow[]>();
  for (const { kind, row } of r.rows) {
    if (kind === 'i' || kind === 'x') {
      const { ext_scope: extScope, ...rest } = row as unknown as ExistingRow & { ext_scope?: string };
      const e = { ...rest, seq: String(rest.seq) };
      if (kind === 'i') byId.set(e.id, e);
      else byExt.set(`${extScope}\n${e.external_id}`, e);
    } else if (kind === 'h') {
      firstOfHash.set(`${String(row.content_hash)}\n${String(row.scope)}`, {
        seq: Number(row.seq),
        id: String(row.id),
      });
    } else {
      const b = row as unknown as BandRow;
      const key = `${b.band_key}\n${b.scope}`;
      band.set(key, [...(band.get(key) ?? []), b]);
    }
  }
  const out: Found[] = [];
  const wanted = new Set<string>();
  for (const p of drafts) {
    const ext = p.draft.externalId;
    const existing = byId.get(p.id) ?? (ext ? byExt.get(`${p.scope}\n${ext}`) : undefined);
    if (existing) {
      out.push({ existing, candidates: [] });
      continue;
    }
    const same = [GLOBAL_SCOPE, p.scope]
      .map((s) => firstOfHash.get(`${p.hash}\n${s}`))
      .filter((x) => x !== undefined)
      .sort((a, b) => a.seq - b.seq)[0];
    if (same) {
      out.push({ candidates: [{ seq: same.seq, id: same.id, text: null }] });
      continue;
    }
    const seen = new Map<string, Candidate>();
    for (const key of p.fp.bands)
      for (const s of new Set([GLOBAL_SCOPE, p.scope]))
        for (const b of band.get(`${key}\n${s}`) ?? [])
          seen.set(String(b.seq), { seq: String(b.seq), id: b.id, text: '' });
    const candidates = [...seen.values()]
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .slice(0, MAX_CANDIDATES);
    for (const c of candidates) wanted.add(String(c.seq));
    out.push({ candidates });
  }
  if (wanted.size > 0) {
    const texts = await tx.query<{ seq: string; text: string }>(
      'SELECT seq, text FROM article_bodies WHERE seq = ANY($1::bigint[])',
      [[...wanted]],
    );
    const bySeq = new Map(texts.rows.map((t) => [String(t.seq), t.text]));
    for (const f of out)
      f.candidates = f.candidates.flatMap((c) => {
        // A same-text candidate (text null) needs no text; a band candidate gone meanwhile is dropped.
        if (c.text === null) return [c];
        const text = bySeq.get(String(c.seq));
        return text === undefined ? [] : [{ ...c, text }];
      });
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
