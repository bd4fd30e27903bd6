import type { Database } from 'better-sqlite3';
import { directFts, type FtsWrites } from './fts-writes.js';
import { encodeRaw } from './raw-content.js';
import { prepareStatements, type Statements } from './writer-statements.js';
import type { ArticleDraft, Scope } from '../../articles/article.js';
import { GLOBAL_SCOPE } from '../../articles/article.js';
import { articleIdFor, canonicalizeUrl, contentHash } from '../../articles/identity.js';
import {
  fingerprint,
  jaccard,
  NEAR_DUPLICATE_THRESHOLD,
  shingles,
  type TextFingerprint,
} from '../../articles/near-duplicate.js';
import { UserError } from '../../errors.js';
import type { UpsertResult } from '../article-store.js';
import { dayNumber, type ArticleRow } from './rows.js';

/** When recent band keys move to the large table (see migration 7). */
export interface BandMerge {
  /**
   * Merge from this many recent keys (20 per original article): small enough that the recent
   * table stays in the page cache, large enough that a merge, which rewrites most pages of the
   * large table, comes seldom.
   */
  mergeAt: number;
  /** Count the recent keys after this many were added (counting scans their index). */
  checkEvery: number;
}

export const DEFAULT_BAND_MERGE: BandMerge = { mergeAt: 100_000, checkEvery: 5_000 };

/** A draft prepared outside the transaction: ids, hash and fingerprint cost CPU, not locks. */
export interface PreparedDraft {
  draft: ArticleDraft;
  id: string;
  hash: string;
  fp: TextFingerprint;
  scope: Scope;
  isExample: boolean;
  now: string;
}

/** The stored columns a save compares against (an ArticleRow without its text, scope, ingest date and example flag). */
type ExistingRow = Omit<ArticleRow, 'ingested_at' | 'scope' | 'is_example' | 'text'>;

export function prepareDraft(
  draft: ArticleDraft,
  options: { scope: Scope; isExample?: boolean | undefined; now: string },
): PreparedDraft {
  if (typeof draft.text !== 'string' || draft.text.trim() === '')
    throw new UserError('The article has no text.', 'bad_input');
  if (typeof draft.title !== 'string') throw new UserError('The article has no title.', 'bad_input');
  const scope = options.scope || GLOBAL_SCOPE;
  const hash = contentHash(draft.text);
  return {
    draft,
    id: articleIdFor(draft, scope, hash),
    hash,
    fp: fingerprint(draft.text),
    scope,
    isExample: options.isExample ?? false,
    now: options.now,
  };
}

/**
 * Writes articles: the save decision (added / updated / unchanged / duplicate) and removal, each
 * meant to run inside one transaction opened by the caller.
 */
export class ArticleWriter {
  readonly s: Statements;
  private readonly direct: FtsWrites;
  private bandsSinceCheck = 0;
  private readonly merge: BandMerge;

  constructor(db: Database, merge: BandMerge = DEFAULT_BAND_MERGE) {
    this.s = prepareStatements(db);
    this.direct = directFts(this.s);
    this.merge = merge;
  }

  /**
   * The save decision; call inside a transaction. Full-text index changes go to `fts` (default:
   * written at once; a batch passes its FtsBatch recorder).
   */
  save(p: PreparedDraft, fts: FtsWrites = this.direct): UpsertResult {
    const d = p.draft;
    const found = (this.s.byId.get(p.id) ??
      (d.externalId ? this.s.byExternal.get(p.scope, d.externalId) : undefined)) as ExistingRow | undefined;
    if (found) return this.saveExisting(found, p, fts);
    const original = this.findOriginal(p.hash, p.fp, p.scope, -1);
    const info = this.s.insert.run(this.rowParams(p, original?.id ?? null, d.externalId, p.now));
    const seq = Number(info.lastInsertRowid);
    this.s.insertBody.run(seq, d.text, d.raw.kind, d.raw.source, encodeRaw(d.raw.content));
    fts.insert(seq, d.title, d.text);
    if (!original) this.addBands(seq, p.fp);
    this.s.bump.run();
    return original
      ? { status: 'duplicate', id: p.id, duplicateOf: original.id }
      : { status: 'added', id: p.id };
  }

  private saveExisting(row: ExistingRow, p: PreparedDraft, fts: FtsWrites): UpsertResult {
    const d = p.draft;
    const textChanged = row.content_hash !== p.hash;
    if (!textChanged && sameMetadata(row, d)) {
      return withDuplicate({ status: 'unchanged', id: row.id }, row.duplicate_of);
    }
    let duplicateOf = row.duplicate_of;
    // The version being replaced is kept, so corrections can be listed and diffed.
    if (textChanged) this.s.keepVersion.run(p.now, row.seq);
    if (textChanged) {
      this.s.deleteBands.run(row.seq);
      this.s.deleteRecentBands.run(row.seq);
      duplicateOf = this.findOriginal(p.hash, p.fp, p.scope, row.seq, row.id)?.id ?? null;
      if (!duplicateOf) this.addBands(row.seq, p.fp);
    }
    // Keep the external id when another article of the scope already holds the draft's.
    const externalId =
      d.externalId && this.s.externalTaken.get(p.scope, d.externalId, row.seq)
        ? row.external_id
        : (d.externalId ?? row.external_id);
    const ingestedAt = (this.s.ingestedAt.get(row.seq) as { v: string }).v;
    this.s.update.run({ ...this.rowParams(p, duplicateOf, externalId, ingestedAt), seq: row.seq });
    this.s.insertBody.run(row.seq, d.text, d.raw.kind, d.raw.source, encodeRaw(d.raw.content));
    fts.delete(row.seq);
    fts.insert(row.seq, d.title, d.text);
    this.s.bump.run();
    return withDuplicate({ status: 'updated', id: row.id }, duplicateOf);
  }

  /**
   * The original this text copies, among non-duplicate articles the scope can see: the same
   * content hash, else a band-sharing candidate whose shingles are nearly the same.
   */
  private findOriginal(
    hash: string,
    fp: TextFingerprint,
    scope: Scope,
    exceptSeq: number,
    exceptId?: string,
  ): { seq: number; id: string } | undefined {
    const [s1, s2] = [GLOBAL_SCOPE, scope];
    const same = this.s.sameHash.get(hash, s1, s2, exceptSeq) as { seq: number; id: string } | undefined;
    if (same) return same;
    if (fp.bands.length === 0) return undefined;
    const candidates = this.s.bandCandidates.all({
      bands: JSON.stringify(fp.bands),
      s1,
      s2,
      except: exceptSeq,
    }) as Array<{
      seq: number;
      id: string;
      text: string;
    }>;
    let best: { seq: number; id: string; score: number } | undefined;
    for (const c of candidates) {
      if (c.id === exceptId) continue;
      const score = jaccard(fp.shingles, shingles(c.text));
      if (score < NEAR_DUPLICATE_THRESHOLD) continue;
      if (!best || score > best.score) best = { seq: c.seq, id: c.id, score };
    }
    return best;
  }

  private addBands(seq: number, fp: TextFingerprint): void {
    // One row per statement: a multi-row VALUES insert into a table with a foreign key measured
    // twice as slow as twenty single-row ones.
    for (const key of fp.bands) this.s.insertBand.run(key, seq);
    this.bandsSinceCheck += fp.bands.length;
  }

  /** Whether the recent band keys are many enough to merge (see migration 7); counts only now and then. */
  mergeDue(): boolean {
    if (this.bandsSinceCheck < this.merge.checkEvery) return false;
    this.bandsSinceCheck = 0;
    return (this.s.recentBands.get() as number) >= this.merge.mergeAt;
  }

  /** Moves every recent band key into the large table, in key order; call inside a transaction. */
  mergeBands(): void {
    this.s.mergeBands.run();
    this.s.clearRecentBands.run();
  }

  private rowParams(
    p: PreparedDraft,
    duplicateOf: string | null,
    externalId: string | null,
    ingestedAt: string,
  ) {
    const d = p.draft;
    return {
      id: p.id,
      externalId,
      url: d.url,
      canonicalUrl: d.canonicalUrl,
      title: d.title,
      outlet: d.outlet,
      byline: d.byline,
      publishedAt: d.publishedAt,
      publishedAtSource: d.publishedAtSource,
      ingestedAt,
      sortDay: dayNumber(d.publishedAt) ?? dayNumber(ingestedAt) ?? 0,
      language: d.language,
      contentHash: p.hash,
      scope: p.scope,
      duplicateOf,
      isExample: p.isExample ? 1 : 0,
    };
  }

  /**
   * Removes one article; call inside a transaction. Its duplicates are re-homed first: each one
   * points to another original it can see, or becomes an original itself.
   */
  remove(seq: number): void {
    const id = (this.s.idOf.get(seq) as { id: string } | undefined)?.id;
    if (id === undefined) return;
    const dups = this.s.duplicatesOf.all(id) as Array<{
      seq: number;
      scope: string;
      hash: string;
      text: string;
    }>;
    this.s.deleteFts.run(seq);
    // Cascades to the body and band keys; the duplicates' pointers are set to NULL.
    this.s.deleteArticle.run(seq);
    for (const dup of dups) {
      const fp = fingerprint(dup.text);
      const original = this.findOriginal(dup.hash, fp, dup.scope, dup.seq);
      if (original) this.s.setDuplicateOf.run(original.id, dup.seq);
      else this.addBands(dup.seq, fp);
    }
    this.s.bump.run();
  }
}

function withDuplicate(result: UpsertResult, duplicateOf: string | null): UpsertResult {
  return duplicateOf ? { ...result, duplicateOf } : result;
}

/** Whether a stored row already has every metadata field of the draft (URLs compared canonically). */
export function sameMetadata(
  row: Pick<
    ExistingRow,
    | 'title'
    | 'url'
    | 'canonical_url'
    | 'outlet'
    | 'byline'
    | 'published_at'
    | 'published_at_source'
    | 'language'
    | 'external_id'
  >,
  d: ArticleDraft,
): boolean {
  return (
    row.title === d.title &&
    sameUrl(row.url, d.url) &&
    sameUrl(row.canonical_url, d.canonicalUrl) &&
    row.outlet === d.outlet &&
    row.byline === d.byline &&
    row.published_at === d.publishedAt &&
    row.published_at_source === d.publishedAtSource &&
    row.language === d.language &&
    (d.externalId === null || row.external_id === d.externalId)
  );
}

// A tracking parameter or a trailing slash is not a change worth an `updated`.
function sameUrl(a: string | null, b: string | null): boolean {
  return (
    a === b ||
    (a !== null && b !== null && canonicalizeUrl(a) !== null && canonicalizeUrl(a) === canonicalizeUrl(b))
  );
}
