import { GLOBAL_SCOPE, type Article, type ArticleDraft, type RawInput } from '../../articles/article.js';
import { fingerprint } from '../../articles/near-duplicate.js';
import type { Clock } from '../../clock.js';
import { UserError } from '../../errors.js';
import type {
  ArticleStore,
  ArticleVersion,
  BatchSaveResult,
  ListQuery,
  SaveOptions,
  ScopeFilter,
  SearchHit,
  SearchQuery,
  StoreStats,
  UpsertResult,
} from '../article-store.js';
import { visibleScopes } from '../sqlite/scope-sql.js';
import type { SearchTuning } from '../sqlite/search/search.js';
import { prepareDraft, type PreparedDraft } from '../sqlite/writer.js';
import type { PgDatabase, Sql } from './database.js';
import { isConnectionLost } from './errors.js';
import { filterSql } from './filter-sql.js';
import { Params } from './params.js';
import { ARTICLE_COLUMNS, toArticle, toRaw, type PgArticleRow, type PgRawRow } from './rows.js';
import { PgSearcher } from './search/search.js';
import { saveChunkBatched } from './batch-writer.js';
import { lockKeys, PgArticleWriter, removalLockKeys, takeLocks } from './writer.js';

const FROM = 'FROM articles a JOIN article_bodies b ON b.seq = a.seq';
const DEFAULT_LIST_LIMIT = 20;
const MAX_LIST_LIMIT = 1000;
/**
 * Drafts of a batch saved per transaction. Each holds ~22 advisory locks until its commit, and
 * Postgres's lock table is shared by every session (64 × max_connections = 6,400 by default): 50
 * drafts keep a transaction near 1,100 locks while amortising its commit and statements.
 */
const BATCH_CHUNK = 50;

export interface PgStoreContext {
  db: PgDatabase;
  clock: Clock;
  tuning?: SearchTuning | undefined;
}

/**
 * The ArticleStore on Postgres, for several processes sharing one archive. Every save runs in a
 * transaction that first takes advisory locks on the draft's id, text hash and near-duplicate
 * band keys (see `lockKeys`), so concurrent saves of the same or nearly the same article are
 * decided one after the other and never yield two originals; saves of unrelated articles do not
 * wait for each other.
 */
export class PostgresArticleStore implements ArticleStore {
  readonly db: PgDatabase;
  private readonly clock: Clock;
  private readonly writer = new PgArticleWriter();
  private readonly searcher: PgSearcher;

  constructor(ctx: PgStoreContext) {
    this.db = ctx.db;
    this.clock = ctx.clock;
    this.searcher = new PgSearcher(ctx.db, ctx.clock, () => this.version(), ctx.tuning);
  }

  async save(draft: ArticleDraft, options: SaveOptions): Promise<UpsertResult> {
    const p = prepareDraft(draft, { ...options, now: options.now ?? this.clock.now().toISOString() });
    return this.db.transaction(async (tx) => {
      await takeLocks(tx, lockKeys(p));
      const result = await this.writer.save(tx, p);
      if (result.status !== 'unchanged') await bump(tx, 1);
      return result;
    });
  }

  async saveMany(drafts: readonly ArticleDraft[], options: SaveOptions): Promise<BatchSaveResult[]> {
    const now = options.now ?? this.clock.now().toISOString();
    const prepared = drafts.map((draft): { ok: true; p: PreparedDraft } | { ok: false; error: unknown } => {
      try {
        return { ok: true, p: prepareDraft(draft, { ...options, now }) };
      } catch (error) {
        return { ok: false, error };
      }
    });
    const out: BatchSaveResult[] = [];
    for (let i = 0; i < prepared.length; i += BATCH_CHUNK) {
      out.push(...(await this.saveChunk(prepared.slice(i, i + BATCH_CHUNK))));
    }
    return out;
  }

  /**
   * One transaction: every lock of the chunk at once, then the drafts. Optimistic: the whole chunk
   * in a few statements (see saveChunkBatched); when a draft fails, the chunk is rolled back and
   * written again draft by draft with a savepoint each, so that one alone fails and leaves no trace.
   */
  private async saveChunk(
    items: ReadonlyArray<{ ok: true; p: PreparedDraft } | { ok: false; error: unknown }>,
  ): Promise<BatchSaveResult[]> {
    const ready = items.flatMap((item) => (item.ok ? [item.p] : []));
    if (ready.length === 0) return items.map((item) => item as BatchSaveResult);
    const write = (isolated: boolean) =>
      this.db.transaction(async (tx) => {
        await takeLocks(tx, ready.flatMap(lockKeys));
        let changed = 0;
        const results: BatchSaveResult[] = [];
        if (!isolated) {
          const saved = await saveChunkBatched(tx, this.writer, ready);
          let k = 0;
          for (const item of items) {
            if (!item.ok) {
              results.push(item);
              continue;
            }
            const result = saved[k++]!;
            if (result.status !== 'unchanged') changed++;
            results.push({ ok: true, result });
          }
          await bump(tx, changed);
          return results;
        }
        for (const item of items) {
          if (!item.ok) {
            results.push(item);
            continue;
          }
          await tx.query('SAVEPOINT draft');
          try {
            const result = await this.writer.save(tx, item.p);
            await tx.query('RELEASE SAVEPOINT draft');
            if (result.status !== 'unchanged') changed++;
            results.push({ ok: true, result });
          } catch (error) {
            await tx.query('ROLLBACK TO SAVEPOINT draft');
            results.push({ ok: false, error });
          }
        }
        await bump(tx, changed);
        return results;
      });
    try {
      return await write(false);
    } catch (err) {
      if (isConnectionLost(err)) throw err;
      return write(true);
    }
  }

  async get(idOrExternalId: string, scope?: ScopeFilter): Promise<Article | null> {
    const row = await this.find(this.db, idOrExternalId, scope);
    return row ? toArticle(row) : null;
  }

  private async find(sql: Sql, key: string, scope?: ScopeFilter): Promise<PgArticleRow | undefined> {
    const [s1, s2] = pair(scope);
    // An external id may exist globally and in the guild: the guild's own wins.
    const r = await sql.query<PgArticleRow>(
      `SELECT * FROM (
        (SELECT 0 AS pri, ${ARTICLE_COLUMNS} ${FROM} WHERE a.id = $1 AND a.scope IN ($2, $3))
        UNION ALL
        (SELECT CASE WHEN a.scope = $3 THEN 1 ELSE 2 END, ${ARTICLE_COLUMNS} ${FROM}
          WHERE a.external_id = $1 AND a.scope IN ($2, $3))) f
      ORDER BY pri LIMIT 1`,
      [key, s1, s2],
    );
    return r.rows[0];
  }

  async getMany(ids: readonly string[], scope?: ScopeFilter): Promise<Article[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const [s1, s2] = pair(scope);
    const byId = await this.db.query<PgArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} ${FROM} WHERE a.id = ANY($1::text[]) AND a.scope IN ($2, $3)`,
      [unique, s1, s2],
    );
    const found = new Map(byId.rows.map((r) => [r.id, r]));
    const out: Article[] = [];
    for (const id of unique) {
      const row = found.get(id) ?? (await this.find(this.db, id, scope));
      if (row) out.push(toArticle(row));
    }
    return out;
  }

  async getRaw(id: string): Promise<RawInput | null> {
    const r = await this.db.query<PgRawRow>(
      `SELECT b.raw_kind, b.raw_source, b.raw_content ${FROM} WHERE a.id = $1`,
      [id],
    );
    return r.rows[0] ? toRaw(r.rows[0]) : null;
  }

  async versions(idOrExternalId: string, scope: ScopeFilter = {}): Promise<ArticleVersion[]> {
    const row = await this.find(this.db, idOrExternalId, scope);
    if (!row) return [];
    const r = await this.db.query<{
      version: number;
      title: string;
      text: string;
      content_hash: string;
      replaced_at: string;
    }>(
      'SELECT version, title, text, content_hash, replaced_at FROM article_versions WHERE seq = $1 ORDER BY version',
      [row.seq],
    );
    return r.rows.map((v) => ({
      version: v.version,
      title: v.title,
      text: v.text,
      contentHash: v.content_hash,
      replacedAt: v.replaced_at,
    }));
  }

  async guildScopes(): Promise<string[]> {
    const r = await this.db.query<{ scope: string }>(
      'SELECT DISTINCT scope FROM articles WHERE scope <> $1',
      [GLOBAL_SCOPE],
    );
    return r.rows.map((x) => x.scope);
  }

  async list(query: ListQuery): Promise<Article[]> {
    const params = new Params();
    const filter = filterSql(query, params, { includeDuplicates: true });
    const limit = params.add(clampInt(query.limit, DEFAULT_LIST_LIMIT, 1, MAX_LIST_LIMIT));
    const offset = params.add(clampInt(query.offset, 0, 0, Number.MAX_SAFE_INTEGER));
    const r = await this.db.query<PgArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} ${FROM} WHERE ${filter}
      ORDER BY a.sort_day DESC, a.ingested_at DESC, a.seq DESC LIMIT ${limit} OFFSET ${offset}`,
      params.values,
    );
    return r.rows.map(toArticle);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    return this.searcher.search(query);
  }

  async remove(idOrExternalId: string, scope?: ScopeFilter): Promise<boolean> {
    const row = await this.find(this.db, idOrExternalId, scope);
    if (!row) return false;
    return this.db.transaction(async (tx) => {
      await takeLocks(tx, removalLockKeys(row.id, row.content_hash, fingerprint(row.text)));
      const removed = await this.writer.remove(tx, row.seq);
      if (removed) await bump(tx, 1);
      return removed;
    });
  }

  async removeExamples(): Promise<number> {
    return this.removeWhere('is_example', []);
  }

  async removeScope(guild: string): Promise<number> {
    if (!guild || guild === GLOBAL_SCOPE)
      throw new UserError('removeScope takes a guild id, not the global scope.');
    return this.removeWhere('scope = $1', [guild]);
  }

  private async removeWhere(where: string, params: unknown[]): Promise<number> {
    return this.db.transaction(async (tx) => {
      const seqs = await tx.query<{ seq: string }>(
        `SELECT seq FROM articles WHERE ${where} ORDER BY seq`,
        params,
      );
      let removed = 0;
      for (const { seq } of seqs.rows) if (await this.writer.remove(tx, seq)) removed++;
      await bump(tx, removed);
      return removed;
    });
  }

  async outlets(scope?: ScopeFilter, prefix = '', limit = 25): Promise<string[]> {
    const params = new Params();
    const filter = filterSql(scope, params, { includeDuplicates: true });
    const like = params.add(`${prefix.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const n = params.add(clampInt(limit, 25, 1, 1000));
    const r = await this.db.query<{ outlet: string }>(
      `SELECT min(a.outlet) AS outlet FROM articles a WHERE ${filter} AND a.outlet IS NOT NULL
      AND lower(a.outlet) LIKE ${like} GROUP BY lower(a.outlet) ORDER BY lower(a.outlet) LIMIT ${n}`,
      params.values,
    );
    return r.rows.map((row) => row.outlet);
  }

  async stats(scope?: ScopeFilter): Promise<StoreStats> {
    const params = new Params();
    const filter = filterSql(scope, params, { includeDuplicates: true });
    const r = await this.db.query<Record<string, string | number | null>>(
      `SELECT count(*) FILTER (WHERE a.duplicate_of IS NULL) AS articles,
        count(*) FILTER (WHERE a.duplicate_of IS NOT NULL) AS duplicates,
        count(*) FILTER (WHERE a.is_example) AS examples,
        count(DISTINCT lower(a.outlet)) AS outlets, count(DISTINCT a.scope) AS scopes,
        min(a.sort_day) AS oldest, max(a.sort_day) AS newest,
        (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
          WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r') AS bytes
      FROM articles a WHERE ${filter}`,
      params.values,
    );
    const row = r.rows[0]!;
    return {
      articles: Number(row.articles),
      duplicates: Number(row.duplicates),
      examples: Number(row.examples),
      outlets: Number(row.outlets),
      scopes: Number(row.scopes),
      oldest: isoDay(row.oldest),
      newest: isoDay(row.newest),
      bytes: Number(row.bytes),
    };
  }

  async version(): Promise<number> {
    const r = await this.db.query<{ v: string }>(
      'SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS v FROM store_version',
    );
    return Number(r.rows[0]?.v ?? 0);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** Counts `n` changes in the store's version (a sequence: no lock, never rolled back). */
async function bump(tx: Sql, n: number): Promise<void> {
  if (n > 0) await tx.query("SELECT count(nextval('store_version')) FROM generate_series(1, $1)", [n]);
}

function pair(scope?: ScopeFilter): [string, string] {
  const [a, b] = visibleScopes(scope);
  return [a!, b ?? a!];
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

function isoDay(day: string | number | null | undefined): string | null {
  return day === null || day === undefined
    ? null
    : new Date(Number(day) * 86_400_000).toISOString().slice(0, 10);
}
