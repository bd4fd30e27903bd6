import { createHash } from 'node:crypto';
import { GLOBAL_SCOPE, type Scope } from '../../articles/article.js';
import {
  fingerprint,
  jaccard,
  NEAR_DUPLICATE_THRESHOLD,
  shingles,
  type TextFingerprint,
} from '../../articles/near-duplicate.js';
import type { UpsertResult } from '../article-store.js';
import { dayNumber } from '../sqlite/rows.js';
import { sameMetadata, type PreparedDraft } from '../sqlite/writer.js';
import { prepared, type Sql } from './database.js';
import { foldForSearch } from './fold.js';
import { Params } from './params.js';

// Near-duplicate candidates compared per save; band collisions beyond this are noise.
export const MAX_CANDIDATES = 25;

/** A possible original: the same text (`text` null), or a band-sharing candidate with its text. */
export interface Candidate {
  seq: string | number;
  id: string;
  text: string | null;
}

/**
 * The originals a text may copy, among non-duplicate articles its scope can see: `h`, the first
 * with the same content hash; `c`, when there is none, up to MAX_CANDIDATES sharing a band key.
 */
export function ORIGINAL_CTES(
  hash: string,
  global: string,
  scope: string,
  bands: string,
  exceptSeq = '-1',
): string {
  return `h AS (SELECT seq, id FROM articles WHERE content_hash = ${hash} AND duplicate_of IS NULL
      AND scope IN (${global}, ${scope}) AND seq <> ${exceptSeq} ORDER BY seq LIMIT 1),
    c AS (SELECT a.seq, a.id, b.text FROM (SELECT DISTINCT seq FROM article_bands WHERE band_key = ANY(${bands}::bigint[])) k
      JOIN articles a ON a.seq = k.seq JOIN article_bodies b ON b.seq = a.seq
      WHERE NOT EXISTS (SELECT 1 FROM h) AND a.duplicate_of IS NULL AND a.scope IN (${global}, ${scope}) AND a.seq <> ${exceptSeq}
      ORDER BY a.seq LIMIT ${MAX_CANDIDATES})`;
}

/** The same text if found, else the band candidate nearest to the text at or above the threshold. */
export function bestOriginal(
  candidates: readonly Candidate[],
  fp: TextFingerprint,
  exceptId?: string,
): { seq: string; id: string } | undefined {
  let best: { seq: string; id: string; score: number } | undefined;
  for (const c of candidates) {
    if (c.text === null) return { seq: String(c.seq), id: c.id };
    if (c.id === exceptId) continue;
    const score = jaccard(fp.shingles, shingles(c.text));
    if (score < NEAR_DUPLICATE_THRESHOLD) continue;
    if (!best || score > best.score) best = { seq: String(c.seq), id: c.id, score };
  }
  return best && { seq: best.seq, id: best.id };
}

/** The stored columns a save compares against. */
export interface ExistingRow {
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
  language: string | null;
  content_hash: string;
  duplicate_of: string | null;
  ingested_at: string;
}

export const EXISTING = `seq, id, external_id, url, canonical_url, title, outlet, byline, published_at,
  published_at_source, language, content_hash, duplicate_of, ingested_at FROM articles`;

/** The full-text vector of a title and text, weighted (title A, body B), from folded words. */
export function searchVector(params: Params, title: string, text: string, textParam?: string): string {
  const foldedTitle = foldForSearch(title);
  const foldedText = foldForSearch(text);
  const t = params.add(foldedTitle ?? title);
  // The text's own placeholder when the statement has one already (it is sent once).
  const x = foldedText === null ? (textParam ?? params.add(text)) : params.add(foldedText);
  return `setweight(to_tsvector('newsroom', ${t}), 'A') || setweight(to_tsvector('newsroom', ${x}), 'B')`;
}

/**
 * The advisory-lock keys a save of this draft takes before it looks at anything: its id, its
 * external id in its scope, its text hash and each near-duplicate band key. Two processes saving
 * the same article, the same text, or nearly the same text share at least one key (nearly the
 * same text shares a band key with probability 99.8% at Jaccard 0.8), so the second waits for the
 * first to commit and then sees its row: never two originals. Bigint keys in text form.
 */
export function lockKeys(p: PreparedDraft): string[] {
  const keys = [hashKey(`id:${p.id}`), hashKey(`hash:${p.hash}`), ...p.fp.bands.map(String)];
  if (p.draft.externalId) keys.push(hashKey(`ext:${p.scope}\n${p.draft.externalId}`));
  return keys;
}

/** Keys of a stored article being removed: its id, its text hash and its band keys. */
export function removalLockKeys(id: string, hash: string, fp: TextFingerprint): string[] {
  return [hashKey(`id:${id}`), hashKey(`hash:${hash}`), ...fp.bands.map(String)];
}

function hashKey(s: string): string {
  return BigInt.asIntN(
    64,
    BigInt(`0x${createHash('sha256').update(s).digest('hex').slice(0, 16)}`),
  ).toString();
}

/**
 * Takes the advisory locks (transaction-scoped) of every key, in one sorted sweep: a transaction
 * that takes all its locks at once and in a global order can never be part of a lock cycle.
 */
export async function takeLocks(tx: Sql, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort((a, b) =>
    BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0,
  );
  if (sorted.length === 0) return;
  await tx.query(prepared('SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k'), [sorted]);
}

/**
 * The save decision (added / updated / unchanged / duplicate) and removal on Postgres, each run
 * inside a transaction the caller opened, after it took the draft's locks (`lockKeys`).
 */
export class PgArticleWriter {
  async save(tx: Sql, p: PreparedDraft): Promise<UpsertResult> {
    const d = p.draft;
    const { existing, original } = await this.lookup(tx, p);
    if (existing) return this.saveExisting(tx, existing, p);
    const params = new Params();
    const text = params.add(d.text);
    const values = [
      params.add(p.id),
      params.add(d.externalId),
      params.add(d.url),
      params.add(d.canonicalUrl),
      params.add(d.title),
      params.add(d.outlet),
      params.add(d.byline),
      params.add(d.publishedAt),
      params.add(d.publishedAtSource),
      params.add(p.now),
      params.add(dayNumber(d.publishedAt) ?? dayNumber(p.now) ?? 0),
      params.add(d.language),
      params.add(p.hash),
      params.add(p.scope),
      params.add(original?.id ?? null),
      params.add(p.isExample),
      searchVector(params, d.title, d.text, text),
    ];
    const body = [
      params.add(d.raw.kind),
      params.add(d.raw.source),
      params.add(Buffer.from(d.raw.content, 'utf8')),
    ];
    // An original's band keys go in with it; a duplicate is found through its original's.
    const bands = original
      ? ''
      : `, k AS (INSERT INTO article_bands (band_key, seq) SELECT unnest(${params.add(p.fp.bands)}::bigint[]), seq FROM a ON CONFLICT DO NOTHING)`;
    // One statement: the row, its body and its band keys.
    await tx.query(
      prepared(`WITH a AS (
        INSERT INTO articles (id, external_id, url, canonical_url, title, outlet, byline, published_at,
          published_at_source, ingested_at, sort_day, language, content_hash, scope, duplicate_of, is_example, search)
        VALUES (${values.join(', ')}) RETURNING seq),
      b AS (INSERT INTO article_bodies (seq, text, raw_kind, raw_source, raw_content)
        SELECT seq, ${text}, ${body.join(', ')} FROM a)${bands}
      SELECT seq FROM a`),
      params.values,
    );
    return original
      ? { status: 'duplicate', id: p.id, duplicateOf: original.id }
      : { status: 'added', id: p.id };
  }

  /**
   * In one statement: the stored article this draft is (by id, else external id in its scope)
   * and, for a new article, the original it copies (see `findOriginal`).
   */
  private async lookup(
    tx: Sql,
    p: PreparedDraft,
  ): Promise<{ existing?: ExistingRow | undefined; original?: { seq: string; id: string } | undefined }> {
    const ext = p.draft.externalId;
    // Not prepared: a plan cached while the tables were small would keep scanning them.
    const r = await tx.query<{ kind: 'e' | 'h' | 'c'; row: Record<string, unknown> }>(
      `WITH e AS (SELECT * FROM (SELECT 0 AS pri, ${EXISTING} WHERE id = $1
          UNION ALL SELECT 1 AS pri, ${EXISTING} WHERE $2::text IS NOT NULL AND scope = $3 AND external_id = $2) x
          ORDER BY pri LIMIT 1),
      ${ORIGINAL_CTES('$4', '$5', '$3', '$6')}
      SELECT 'e' AS kind, to_jsonb(e) AS row FROM e
      UNION ALL SELECT 'h', to_jsonb(h) || '{"text": null}' FROM h WHERE NOT EXISTS (SELECT 1 FROM e)
      UNION ALL SELECT 'c', to_jsonb(c) FROM c WHERE NOT EXISTS (SELECT 1 FROM e)`,
      [p.id, ext, p.scope, p.hash, GLOBAL_SCOPE, p.fp.bands],
    );
    const e = r.rows.find((x) => x.kind === 'e');
    if (e) {
      const row = e.row as unknown as ExistingRow;
      return { existing: { ...row, seq: String(row.seq) } };
    }
    return {
      original: bestOriginal(
        r.rows.map((x) => x.row as unknown as Candidate),
        p.fp,
      ),
    };
  }

  private async saveExisting(tx: Sql, row: ExistingRow, p: PreparedDraft): Promise<UpsertResult> {
    const d = p.draft;
    const textChanged = row.content_hash !== p.hash;
    if (!textChanged && sameMetadata(row, d)) {
      return withDuplicate({ status: 'unchanged', id: row.id }, row.duplicate_of);
    }
    let duplicateOf = row.duplicate_of;
    if (textChanged) {
      // The version being replaced is kept, so corrections can be listed and diffed.
      await tx.query(
        `INSERT INTO article_versions (seq, version, title, text, content_hash, replaced_at)
        SELECT a.seq, (SELECT count(*) + 1 FROM article_versions v WHERE v.seq = a.seq), a.title, b.text,
          a.content_hash, $2
        FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.seq = $1`,
        [row.seq, p.now],
      );
      await tx.query('DELETE FROM article_bands WHERE seq = $1', [row.seq]);
      duplicateOf = (await this.findOriginal(tx, p.hash, p.fp, p.scope, row.seq, row.id))?.id ?? null;
      if (!duplicateOf) await this.addBands(tx, row.seq, p.fp);
    }
    // Keep the external id when another article of the scope already holds the draft's.
    let externalId = d.externalId ?? row.external_id;
    if (d.externalId) {
      const taken = await tx.query(
        'SELECT 1 FROM articles WHERE scope = $1 AND external_id = $2 AND seq <> $3',
        [p.scope, d.externalId, row.seq],
      );
      if (taken.rowCount) externalId = row.external_id;
    }
    const params = new Params();
    const text = params.add(d.text);
    const set = [
      `external_id = ${params.add(externalId)}`,
      `url = ${params.add(d.url)}`,
      `canonical_url = ${params.add(d.canonicalUrl)}`,
      `title = ${params.add(d.title)}`,
      `outlet = ${params.add(d.outlet)}`,
      `byline = ${params.add(d.byline)}`,
      `published_at = ${params.add(d.publishedAt)}`,
      `published_at_source = ${params.add(d.publishedAtSource)}`,
      `sort_day = ${params.add(dayNumber(d.publishedAt) ?? dayNumber(row.ingested_at) ?? 0)}`,
      `language = ${params.add(d.language)}`,
      `content_hash = ${params.add(p.hash)}`,
      `duplicate_of = ${params.add(duplicateOf)}`,
      `is_example = ${params.add(p.isExample)}`,
      `search = ${searchVector(params, d.title, d.text, text)}`,
    ];
    const seq = params.add(row.seq);
    const body = [
      params.add(d.raw.kind),
      params.add(d.raw.source),
      params.add(Buffer.from(d.raw.content, 'utf8')),
    ];
    await tx.query(
      `WITH a AS (UPDATE articles SET ${set.join(', ')} WHERE seq = ${seq} RETURNING seq)
      UPDATE article_bodies SET text = ${text}, raw_kind = ${body[0]}, raw_source = ${body[1]}, raw_content = ${body[2]}
      WHERE seq = (SELECT seq FROM a)`,
      params.values,
    );
    return withDuplicate({ status: 'updated', id: row.id }, duplicateOf);
  }

  /**
   * The original this text copies, among non-duplicate articles the scope can see: the same
   * content hash, else a band-sharing candidate whose shingles are nearly the same.
   */
  async findOriginal(
    tx: Sql,
    hash: string,
    fp: TextFingerprint,
    scope: Scope,
    exceptSeq: string,
    exceptId?: string,
  ): Promise<{ seq: string; id: string } | undefined> {
    const rows = await tx.query<Candidate>(
      `WITH ${ORIGINAL_CTES('$1', '$2', '$3', '$4', '$5')}
      SELECT seq, id, NULL::text AS text FROM h UNION ALL SELECT seq, id, text FROM c`,
      [hash, GLOBAL_SCOPE, scope, fp.bands, exceptSeq],
    );
    return bestOriginal(rows.rows, fp, exceptId);
  }

  private async addBands(tx: Sql, seq: string, fp: TextFingerprint): Promise<void> {
    if (fp.bands.length === 0) return;
    await tx.query(
      'INSERT INTO article_bands (band_key, seq) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING',
      [fp.bands, seq],
    );
  }

  /**
   * Removes one article; call inside a transaction holding its `removalLockKeys`. Its duplicates
   * are re-homed: each points to another original it can see, or becomes an original itself.
   * Returns false when it was already gone.
   */
  async remove(tx: Sql, seq: string): Promise<boolean> {
    const dups = await tx.query<{ seq: string; scope: string; hash: string; text: string }>(
      `SELECT a.seq, a.scope, a.content_hash AS hash, b.text FROM articles a JOIN article_bodies b ON b.seq = a.seq
      WHERE a.duplicate_of = (SELECT id FROM articles WHERE seq = $1) ORDER BY a.seq`,
      [seq],
    );
    // Cascades to the body; the duplicates' pointers are set to NULL.
    const deleted = await tx.query('DELETE FROM articles WHERE seq = $1', [seq]);
    if (!deleted.rowCount) return false;
    await tx.query('DELETE FROM article_bands WHERE seq = $1', [seq]);
    for (const dup of dups.rows) {
      const fp = fingerprint(dup.text);
      const original = await this.findOriginal(tx, dup.hash, fp, dup.scope, dup.seq);
      if (original)
        await tx.query('UPDATE articles SET duplicate_of = $1 WHERE seq = $2', [original.id, dup.seq]);
      else await this.addBands(tx, dup.seq, fp);
    }
    return true;
  }
}

function withDuplicate(result: UpsertResult, duplicateOf: string | null): UpsertResult {
  return duplicateOf ? { ...result, duplicateOf } : result;
}
