import type { Database, Statement } from 'better-sqlite3';
import { GLOBAL_SCOPE, type Article, type ArticleDraft, type RawInput } from '../../articles/article.js';
import type { Clock } from '../../clock.js';
import { UserError } from '../../errors.js';
import type {
  ArticleStore,
  BatchSaveResult,
  ListQuery,
  ArticleVersion,
  ScopeFilter,
  SaveOptions,
  SearchHit,
  SearchQuery,
  StoreStats,
  UpsertResult,
} from '../article-store.js';
import { FtsBatch, type FtsWrites } from './fts-writes.js';
import { ARTICLE_COLUMNS, toArticle, toRaw, type ArticleRow, type RawRow } from './rows.js';
import { storeFault } from './faults.js';
import { filterSql, visibleScopes } from './scope-sql.js';
import { Searcher, type SearchTuning } from './search/search.js';
import { ArticleWriter, prepareDraft, type BandMerge, type PreparedDraft } from './writer.js';

const FROM = `FROM articles a JOIN article_bodies b ON b.seq = a.seq`;
const DEFAULT_LIST_LIMIT = 20;
const MAX_LIST_LIMIT = 1000;

export interface SqliteStoreContext {
  db: Database;
  /** File path, or `:memory:`. */
  path: string;
  clock: Clock;
  tuning?: SearchTuning | undefined;
  /** When recent near-duplicate keys are merged (tests use small numbers). */
  bandMerge?: BandMerge | undefined;
}

/**
 * The ArticleStore on one SQLite file (better-sqlite3). Calls are synchronous underneath but
 * exposed as promises, like every ArticleStore. Also exposes `db` so small state (Keyv) can live
 * in the same file.
 */
export class SqliteArticleStore implements ArticleStore {
  readonly db: Database;
  readonly path: string;
  private readonly clock: Clock;
  private readonly writer: ArticleWriter;
  private readonly searcher: Searcher;
  private readonly byId: Statement<[string, string, string], ArticleRow>;
  private readonly byExternal: Statement<[string, string, string, string], ArticleRow>;
  private readonly bySeq: Statement<[number], ArticleRow>;
  private readonly rawStmt: Statement<[string], RawRow>;
  private readonly versionStmt: Statement<[], { value: number }>;
  private closed = false;

  constructor(ctx: SqliteStoreContext) {
    this.db = ctx.db;
    this.path = ctx.path;
    this.clock = ctx.clock;
    this.writer = new ArticleWriter(ctx.db, ctx.bandMerge);
    this.searcher = new Searcher(ctx.db, ctx.clock, ctx.tuning);
    this.byId = ctx.db.prepare(`SELECT ${ARTICLE_COLUMNS} ${FROM} WHERE a.id = ? AND a.scope IN (?, ?)`);
    // An external id may exist globally and in the guild: the guild's own wins.
    this.byExternal = ctx.db.prepare(
      `SELECT ${ARTICLE_COLUMNS} ${FROM} WHERE a.external_id = ? AND a.scope IN (?, ?) ORDER BY a.scope = ? DESC LIMIT 1`,
    );
    this.bySeq = ctx.db.prepare(`SELECT ${ARTICLE_COLUMNS} ${FROM} WHERE a.seq = ?`);
    this.rawStmt = ctx.db.prepare(
      `SELECT raw_kind, raw_source, raw_content FROM article_bodies b JOIN articles a ON a.seq = b.seq WHERE a.id = ?`,
    );
    this.versionStmt = ctx.db.prepare("SELECT value FROM store_meta WHERE key = 'version'");
  }

  async save(draft: ArticleDraft, options: SaveOptions): Promise<UpsertResult> {
    try {
      return this.saveSync(draft, options);
    } catch (err) {
      throw storeFault(err, this.path);
    }
  }

  /** Synchronous save, for bulk loaders that batch many saves into one transaction. */
  saveSync(draft: ArticleDraft, options: SaveOptions): UpsertResult {
    const prepared = prepareDraft(draft, { ...options, now: options.now ?? this.clock.now().toISOString() });
    const result = this.db.transaction(() => this.writer.save(prepared)).immediate();
    this.settle();
    return result;
  }

  async saveMany(drafts: readonly ArticleDraft[], options: SaveOptions): Promise<BatchSaveResult[]> {
    try {
      return this.saveManySync(drafts, options).map((r) =>
        r.ok ? r : { ok: false, error: storeFault(r.error, this.path) },
      );
    } catch (err) {
      throw storeFault(err, this.path);
    }
  }

  private saveManySync(drafts: readonly ArticleDraft[], options: SaveOptions): BatchSaveResult[] {
    const now = options.now ?? this.clock.now().toISOString();
    // Prepare (hash, fingerprint) outside the lock; each draft then gets its own savepoint.
    const prepared = drafts.map((draft) => {
      try {
        return { ok: true as const, p: prepareDraft(draft, { ...options, now }) };
      } catch (error) {
        return { ok: false as const, error };
      }
    });
    const fts = new FtsBatch();
    // Nested: a savepoint per draft, so a failing draft leaves no trace and the rest go on.
    const one = this.db.transaction((p: PreparedDraft, writes: FtsWrites) => this.writer.save(p, writes));
    const results = this.db
      .transaction(() => {
        const results = prepared.map((item): BatchSaveResult => {
          if (!item.ok) return item;
          const recorder = fts.item();
          try {
            const result = one(item.p, recorder.writes);
            recorder.keep();
            return { ok: true, result };
          } catch (error) {
            return { ok: false, error };
          }
        });
        // After the last savepoint: FTS5 writes one index segment here rather than one per draft.
        fts.flush(this.writer.s);
        return results;
      })
      .immediate();
    this.settle();
    return results;
  }

  /**
   * Merges the recent band keys into the large table when they are many, in a transaction of its
   * own after the saves. Foreign keys are off for it: every key it moves was checked when it was
   * written (and leaves with its article), and checking 100,000 of them again doubled the merge.
   */
  private settle(): void {
    if (!this.writer.mergeDue()) return;
    this.db.pragma('foreign_keys = OFF');
    try {
      this.db.transaction(() => this.writer.mergeBands()).immediate();
    } finally {
      this.db.pragma('foreign_keys = ON');
    }
  }

  async get(idOrExternalId: string, scope?: ScopeFilter): Promise<Article | null> {
    const row = this.find(idOrExternalId, scope);
    return row ? toArticle(row) : null;
  }

  private find(key: string, scope?: ScopeFilter): ArticleRow | undefined {
    const [s1, s2] = pair(scope);
    return this.byId.get(key, s1, s2) ?? this.byExternal.get(key, s1, s2, s2);
  }

  async getMany(ids: readonly string[], scope?: ScopeFilter): Promise<Article[]> {
    const out: Article[] = [];
    for (const id of new Set(ids)) {
      const row = this.find(id, scope);
      if (row) out.push(toArticle(row));
    }
    return out;
  }

  async versions(idOrExternalId: string, scope: ScopeFilter = {}): Promise<ArticleVersion[]> {
    const article = await this.get(idOrExternalId, scope);
    if (!article) return [];
    const rows = this.db
      .prepare(
        `SELECT v.version, v.title, v.text, v.content_hash, v.replaced_at FROM article_versions v
         JOIN articles a ON a.seq = v.seq WHERE a.id = ? ORDER BY v.version`,
      )
      .all(article.id) as Array<{
      version: number;
      title: string;
      text: string;
      content_hash: string;
      replaced_at: string;
    }>;
    return rows.map((r) => ({
      version: r.version,
      title: r.title,
      text: r.text,
      contentHash: r.content_hash,
      replacedAt: r.replaced_at,
    }));
  }

  async getRaw(id: string): Promise<RawInput | null> {
    const row = this.rawStmt.get(id);
    return row ? toRaw(row) : null;
  }

  async list(query: ListQuery): Promise<Article[]> {
    const filter = filterSql(query, { includeDuplicates: true });
    const limit = clampInt(query.limit, DEFAULT_LIST_LIMIT, 1, MAX_LIST_LIMIT);
    const offset = clampInt(query.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    // Walk the date index newest first and stop at the limit; an outlet filter has its own index.
    const hint = query.outlet ? '' : 'INDEXED BY articles_recent';
    const seqs = this.db
      .prepare(
        `SELECT a.seq FROM articles a ${hint} WHERE ${filter.sql}
        ORDER BY a.sort_day DESC, a.ingested_at DESC, a.seq DESC LIMIT :limit OFFSET :offset`,
      )
      .pluck()
      .all({ ...filter.params, limit, offset }) as number[];
    return seqs.map((seq) => toArticle(this.bySeq.get(seq)!));
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    return this.searcher.search(query);
  }

  async remove(idOrExternalId: string, scope?: ScopeFilter): Promise<boolean> {
    return this.db
      .transaction(() => {
        const row = this.find(idOrExternalId, scope);
        if (!row) return false;
        this.writer.remove(row.seq);
        return true;
      })
      .immediate();
  }

  async removeExamples(): Promise<number> {
    return this.removeWhere('is_example = 1', []);
  }

  async guildScopes(): Promise<string[]> {
    return (
      this.db.prepare('SELECT DISTINCT scope FROM articles WHERE scope <> ?').all(GLOBAL_SCOPE) as Array<{
        scope: string;
      }>
    ).map((r) => r.scope);
  }

  async removeScope(guild: string): Promise<number> {
    if (!guild || guild === GLOBAL_SCOPE)
      throw new UserError('removeScope takes a guild id, not the global scope.');
    return this.removeWhere('scope = ?', [guild]);
  }

  private removeWhere(where: string, params: string[]): number {
    return this.db
      .transaction(() => {
        const seqs = this.db
          .prepare(`SELECT seq FROM articles WHERE ${where}`)
          .pluck()
          .all(...params) as number[];
        for (const seq of seqs) this.writer.remove(seq);
        return seqs.length;
      })
      .immediate();
  }

  async outlets(scope?: ScopeFilter, prefix = '', limit = 25): Promise<string[]> {
    const filter = filterSql(scope, { includeDuplicates: true });
    const like = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.db
      .prepare(
        `SELECT min(a.outlet) AS outlet FROM articles a WHERE ${filter.sql} AND a.outlet IS NOT NULL
        AND a.outlet LIKE :like ESCAPE '\\' GROUP BY a.outlet COLLATE NOCASE ORDER BY a.outlet COLLATE NOCASE LIMIT :limit`,
      )
      .pluck()
      .all({ ...filter.params, like, limit: clampInt(limit, 25, 1, 1000) }) as string[];
  }

  async stats(scope?: ScopeFilter): Promise<StoreStats> {
    const filter = filterSql(scope, { includeDuplicates: true });
    const row = this.db
      .prepare(
        `SELECT count(*) FILTER (WHERE a.duplicate_of IS NULL) AS articles,
          count(*) FILTER (WHERE a.duplicate_of IS NOT NULL) AS duplicates,
          count(*) FILTER (WHERE a.is_example = 1) AS examples,
          count(DISTINCT lower(a.outlet)) AS outlets, count(DISTINCT a.scope) AS scopes,
          min(a.sort_day) AS oldest, max(a.sort_day) AS newest
        FROM articles a WHERE ${filter.sql}`,
      )
      .get(filter.params) as Omit<StoreStats, 'bytes' | 'oldest' | 'newest'> & {
      oldest: number | null;
      newest: number | null;
    };
    return { ...row, oldest: isoDay(row.oldest), newest: isoDay(row.newest), bytes: this.bytes() };
  }

  private bytes(): number {
    if (this.path === ':memory:' || this.path === '') return 0;
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  async version(): Promise<number> {
    return this.versionStmt.get()?.value ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.pragma('optimize');
    } finally {
      this.db.close();
    }
  }
}

function pair(scope?: ScopeFilter): [string, string] {
  const [a, b] = visibleScopes(scope);
  return [a!, b ?? a!];
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

function isoDay(day: number | null): string | null {
  return day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
}
