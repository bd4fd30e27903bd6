import type { Database } from 'better-sqlite3';
import type { RawKind } from '../../articles/article.js';
import type { PgDatabase, Sql } from '../../store/postgres/database.js';
import {
  finishCopy,
  insertCopiedArticles,
  insertCopiedBands,
  linkDuplicates,
  type CopiedArticle,
} from '../../store/postgres/bulk-copy.js';
import { decodeRaw } from '../../store/sqlite/raw-content.js';
import { Params } from '../../store/postgres/params.js';

/** Rows copied per transaction: small enough to keep a transaction short, large enough to amortise it. */
const ARTICLE_BATCH = 200;
const ROW_BATCH = 1_000;

interface SourceArticle {
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
  sort_day: number;
  language: string | null;
  content_hash: string;
  scope: string;
  duplicate_of: string | null;
  is_example: number;
  text: string;
  raw_kind: string;
  raw_source: string;
  raw_content: string | Buffer;
}

/** What one step copied: rows read from the file, rows the target had before it. */
export interface StepReport {
  table: string;
  copied: number;
}

/**
 * Copies the articles (bodies and raw input included, sequence numbers kept), in sequence order
 * and in batches, each its own transaction, resuming after the last article the target already
 * has; then the duplicate links and the near-duplicate band keys.
 */
export async function copyArticles(
  source: Database,
  target: PgDatabase,
  progress: (done: number, total: number) => void,
  batch = ARTICLE_BATCH,
): Promise<StepReport> {
  const total = Number(source.prepare('SELECT count(*) FROM articles').pluck().get());
  const read = source.prepare<[number, number], SourceArticle>(
    `SELECT a.*, b.text, b.raw_kind, b.raw_source, b.raw_content FROM articles a JOIN article_bodies b ON b.seq = a.seq
    WHERE a.seq > ? ORDER BY a.seq LIMIT ?`,
  );
  let after = Number(
    (await target.query<{ m: string | null }>('SELECT max(seq) AS m FROM articles')).rows[0]!.m ?? 0,
  );
  let copied = 0;
  for (;;) {
    const rows = read.all(after, batch);
    if (rows.length === 0) break;
    await target.transaction((tx) => insertCopiedArticles(tx, rows.map(toCopied)));
    after = rows[rows.length - 1]!.seq;
    copied += rows.length;
    progress(
      Number(source.prepare('SELECT count(*) FROM articles WHERE seq <= ?').pluck().get(after)),
      total,
    );
  }
  const links = source
    .prepare<[], { id: string; duplicate_of: string }>(
      'SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL',
    )
    .all();
  for (let i = 0; i < links.length; i += ROW_BATCH)
    await target.transaction((tx) =>
      linkDuplicates(
        tx,
        links.slice(i, i + ROW_BATCH).map((l) => ({ id: l.id, duplicateOf: l.duplicate_of })),
      ),
    );
  // The SQLite store keeps recent band keys in a second table (see its migration 7); Postgres has one.
  for (const table of ['article_bands', 'article_bands_recent']) {
    const bands = source.prepare<[], { key: number; seq: number }>(
      `SELECT band_key AS key, seq FROM ${table}`,
    );
    let batch: Array<{ key: number; seq: number }> = [];
    for (const b of bands.iterate()) {
      batch.push(b);
      if (batch.length >= ROW_BATCH * 5) {
        const rows = batch;
        await target.transaction((tx) => insertCopiedBands(tx, rows));
        batch = [];
      }
    }
    await target.transaction((tx) => insertCopiedBands(tx, batch));
  }
  const version = Number(
    source.prepare("SELECT value FROM store_meta WHERE key = 'version'").pluck().get() ?? 0,
  );
  await target.transaction((tx) => finishCopy(tx, version));
  return { table: 'articles', copied };
}

function toCopied(r: SourceArticle): CopiedArticle {
  return {
    seq: r.seq,
    id: r.id,
    externalId: r.external_id,
    url: r.url,
    canonicalUrl: r.canonical_url,
    title: r.title,
    outlet: r.outlet,
    byline: r.byline,
    publishedAt: r.published_at,
    publishedAtSource: r.published_at_source,
    ingestedAt: r.ingested_at,
    sortDay: r.sort_day,
    language: r.language,
    contentHash: r.content_hash,
    scope: r.scope,
    isExample: r.is_example === 1,
    text: r.text,
    raw: { kind: r.raw_kind as RawKind, source: r.raw_source, content: decodeRaw(r.raw_content) },
  };
}

/** A table copied as it is: its columns, how a SQLite value becomes a Postgres one, what a second copy does. */
export interface TableCopy {
  table: string;
  columns: readonly string[];
  /** SQLite keeps booleans as 0/1. */
  booleans?: readonly string[];
  /** `ON CONFLICT …`: skip rows already there, or take the file's value (counters). */
  onConflict: string;
}

/** Earlier versions of articles, stories, the digest ledger, feeds and posted answers, parents before children. */
export const TABLES: readonly TableCopy[] = [
  {
    // Keyed by the article's sequence number, which the copy keeps.
    table: 'article_versions',
    columns: ['seq', 'version', 'title', 'text', 'content_hash', 'replaced_at'],
    onConflict: 'DO NOTHING',
  },
  { table: 'stories', columns: ['id', 'scope', 'label', 'created_at'], onConflict: 'DO NOTHING' },
  {
    // Merged stories: lookups of a merged-away id still resolve.
    table: 'story_redirects',
    columns: ['from_id', 'into_id', 'merged_at'],
    onConflict: 'DO NOTHING',
  },
  {
    table: 'story_articles',
    columns: ['article_seq', 'story_id', 'day', 'is_copy', 'features'],
    booleans: ['is_copy'],
    onConflict: 'DO NOTHING',
  },
  { table: 'story_keys', columns: ['key', 'story_id'], onConflict: 'DO NOTHING' },
  { table: 'story_df', columns: ['key', 'df'], onConflict: '(key) DO UPDATE SET df = excluded.df' },
  {
    table: 'story_meta',
    columns: ['key', 'value'],
    onConflict: '(key) DO UPDATE SET value = excluded.value',
  },
  {
    table: 'digest_posts',
    columns: [
      'guild_id',
      'date',
      'status',
      'claimed_at',
      'claimed_by',
      'channel_id',
      'message_ids',
      'note',
      'finished_at',
      // A failed digest's retry state: without it a retry due after the move would never happen.
      'attempts',
      'retry_at',
    ],
    onConflict: 'DO NOTHING',
  },
  {
    table: 'feeds',
    columns: [
      'id',
      'scope',
      'url',
      'title',
      'added_at',
      'added_by',
      'etag',
      'last_modified',
      'last_checked_at',
      'last_success_at',
      'last_error',
      'last_error_at',
      'failures',
      'next_poll_at',
      'item_count',
      'added_count',
    ],
    onConflict: 'DO NOTHING',
  },
  {
    table: 'feed_items',
    columns: ['feed_id', 'item_key', 'article_id', 'seen_at'],
    onConflict: 'DO NOTHING',
  },
  {
    table: 'answer_posts',
    columns: [
      'key',
      'guild_id',
      'channel_id',
      'message_id',
      'interaction_id',
      'user_id',
      'answer',
      'read',
      'page',
      'posted_at',
      'flagged_at',
      'edited_at',
    ],
    onConflict: 'DO NOTHING',
  },
  {
    table: 'answer_post_citations',
    columns: ['article_id', 'key', 'span_start', 'span_end', 'content_hash', 'text'],
    onConflict: 'DO NOTHING',
  },
];

/** The columns `copyArticles` carries, per table it reads. */
const ARTICLE_TABLES: Readonly<Record<string, readonly string[]>> = {
  articles: [
    'seq',
    'id',
    'external_id',
    'url',
    'canonical_url',
    'title',
    'outlet',
    'byline',
    'published_at',
    'published_at_source',
    'ingested_at',
    'sort_day',
    'language',
    'content_hash',
    'scope',
    'duplicate_of',
    'is_example',
  ],
  article_bodies: ['seq', 'text', 'raw_kind', 'raw_source', 'raw_content'],
  article_bands: ['band_key', 'seq'],
  article_bands_recent: ['band_key', 'seq'],
  store_meta: ['key', 'value'],
};

/** What the file holds that is not copied row for row, and why nothing is lost. */
const NOT_COPIED: ReadonlyArray<{ pattern: RegExp; why: string }> = [
  {
    pattern: /^articles_(fts|vocab)/,
    why: "SQLite's full-text index: Postgres builds its own vector per article",
  },
  { pattern: /^schema_migrations$/, why: 'each database records its own migrations' },
  { pattern: /^keyv$/, why: 'copied entry by entry through Keyv (copyKeyv)' },
  { pattern: /^sqlite_/, why: "SQLite's own tables" },
];

/**
 * Every table and column of the file that the copy does not carry, as `table.column` (or
 * `table` for a whole table): empty when everything the file holds reaches Postgres. A table a
 * later migration adds shows up here until the copy learns it, so `verifyCopy` reports it.
 */
export function uncopied(file: Database): string[] {
  const carried = new Map<string, readonly string[]>(Object.entries(ARTICLE_TABLES));
  for (const t of TABLES) carried.set(t.table, t.columns);
  const tables = file
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: string[] = [];
  for (const table of tables) {
    if (NOT_COPIED.some((n) => n.pattern.test(table))) continue;
    const columns = carried.get(table);
    if (!columns) {
      out.push(table);
      continue;
    }
    const names = file.prepare<[string], string>('SELECT name FROM pragma_table_info(?)').pluck().all(table);
    for (const c of names) if (!columns.includes(c)) out.push(`${table}.${c}`);
  }
  return out;
}

/** Copies one table in batches (rows already in the target are kept: the copy can run again). */
export async function copyTable(source: Database, target: PgDatabase, t: TableCopy): Promise<StepReport> {
  const rows = source
    .prepare(`SELECT ${t.columns.join(', ')} FROM ${t.table}`)
    .raw()
    .iterate() as IterableIterator<unknown[]>;
  let batch: unknown[][] = [];
  let copied = 0;
  const flush = async (rowsToWrite: unknown[][]) => {
    if (rowsToWrite.length > 0) await target.transaction((tx) => insertRows(tx, t, rowsToWrite));
  };
  for (const row of rows) {
    batch.push(row);
    copied++;
    if (batch.length >= ROW_BATCH) {
      await flush(batch);
      batch = [];
    }
  }
  await flush(batch);
  return { table: t.table, copied };
}

async function insertRows(tx: Sql, t: TableCopy, rows: unknown[][]): Promise<void> {
  const params = new Params();
  const booleans = new Set(t.booleans ?? []);
  const values = rows.map(
    (row) => `(${row.map((v, i) => params.add(booleans.has(t.columns[i]!) ? v === 1 : v)).join(', ')})`,
  );
  await tx.query(
    `INSERT INTO ${t.table} (${t.columns.join(', ')}) VALUES ${values.join(', ')} ON CONFLICT ${t.onConflict}`,
    params.values,
  );
}
