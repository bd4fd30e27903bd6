import { GLOBAL_SCOPE, type Scope } from '../../articles/article.js';
import type { Clock } from '../../clock.js';
import type { ScopeFilter } from '../../store/article-store.js';
import type { PgDatabase } from '../../store/postgres/database.js';
import type { StoryMember, StoryStats } from '../model.js';
import { dayOf, summarize, type MemberRow } from '../sqlite/summaries.js';
import type { MergedStory, StoryListQuery, StoryStore, StorySummary } from '../story-store.js';
import type { Frequencies } from '../vectors.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

// In-memory caches, as on SQLite: document frequencies (a statistic: a little drift from another
// process's writes does not matter) and parsed member features (immutable once stored).
const MAX_CACHED_DF = 500_000;
const MAX_CACHED_MEMBERS = 50_000;

interface FeatureRow {
  story_id: string;
  id: string;
  scope: string;
  title: string;
  day: number;
  features: string;
}

/**
 * Stories in the Postgres database, in the tables of the `stories` migration. Grouping runs under
 * `exclusive` — a session advisory lock — so that across every process sharing the database one
 * grouping decides at a time: two processes ingesting articles about one event at once never
 * start two stories for it (each would otherwise look for candidates before the other wrote).
 */
export class PgStoryStore implements StoryStore {
  private readonly dfCache = new Map<string, number>();
  private readonly memberCache = new Map<string, StoryMember>();

  constructor(
    private readonly db: PgDatabase,
    private readonly clock: Clock,
  ) {}

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.db.exclusive('story-grouping', work);
  }

  async frequencies(keys: Iterable<string>): Promise<Frequencies> {
    const df = new Map<string, number>();
    const missing: string[] = [];
    for (const k of keys) {
      if (df.has(k)) continue;
      const cached = this.dfCache.get(k);
      if (cached === undefined) missing.push(k);
      else df.set(k, cached);
    }
    const unique = [...new Set(missing)];
    if (this.dfCache.size + unique.length > MAX_CACHED_DF) this.dfCache.clear();
    const [rows, total] = await Promise.all([
      unique.length > 0
        ? this.db.query<{ key: string; df: number }>(
            'SELECT key, df FROM story_df WHERE key = ANY($1::text[])',
            [unique],
          )
        : null,
      this.db.query<{ value: string }>("SELECT value FROM story_meta WHERE key = 'documents'"),
    ]);
    const found = new Map((rows?.rows ?? []).map((r) => [r.key, r.df]));
    for (const k of unique) {
      const v = found.get(k) ?? 0;
      df.set(k, v);
      this.dfCache.set(k, v);
    }
    return { total: Number(total.rows[0]!.value), df };
  }

  async countDocument(keys: readonly string[]): Promise<void> {
    // Sorted, so two transactions upserting overlapping keys lock them in the same order.
    const unique = [...new Set(keys)].sort();
    await this.db.transaction(async (tx) => {
      await tx.query("UPDATE story_meta SET value = value + 1 WHERE key = 'documents'");
      if (unique.length > 0)
        await tx.query(
          `INSERT INTO story_df (key, df) SELECT k, 1 FROM unnest($1::text[]) AS k
          ON CONFLICT (key) DO UPDATE SET df = story_df.df + 1`,
          [unique],
        );
    });
    for (const k of unique) {
      const cached = this.dfCache.get(k);
      if (cached !== undefined) this.dfCache.set(k, cached + 1);
    }
  }

  async candidates(keys: readonly string[], scopes: readonly Scope[], limit: number): Promise<string[]> {
    if (keys.length === 0 || scopes.length === 0) return [];
    const r = await this.db.query<{ story_id: string }>(
      `SELECT k.story_id, count(*) AS shared FROM story_keys k JOIN stories s ON s.id = k.story_id
       WHERE k.key = ANY($1::text[]) AND s.scope = ANY($2::text[])
       GROUP BY k.story_id ORDER BY shared DESC, k.story_id LIMIT $3`,
      [keys, scopes, limit],
    );
    return r.rows.map((row) => row.story_id);
  }

  async members(
    storyIds: readonly string[],
    scopes: readonly Scope[],
    limit: number,
  ): Promise<Map<string, StoryMember[]>> {
    const out = new Map<string, StoryMember[]>();
    if (storyIds.length === 0) return out;
    const r = await this.db.query<FeatureRow>(
      `SELECT story_id, id, scope, title, day, features FROM (
        SELECT sa.story_id, a.id, a.scope, a.title, sa.day, sa.features,
          row_number() OVER (PARTITION BY sa.story_id ORDER BY sa.day DESC, a.seq DESC) AS n
        FROM story_articles sa JOIN articles a ON a.seq = sa.article_seq
        WHERE sa.story_id = ANY($1::text[]) AND NOT sa.is_copy AND a.scope = ANY($2::text[])) m
      WHERE n <= $3 ORDER BY story_id, n`,
      [storyIds, scopes, limit],
    );
    for (const row of r.rows) {
      // The same object for the same member, so per-member caches (parsed vectors) hold.
      let m = this.memberCache.get(row.id);
      if (!m || m.title !== row.title || m.scope !== row.scope) {
        const f = JSON.parse(row.features) as Pick<StoryMember, 'terms' | 'names' | 'head'>;
        m = { articleId: row.id, scope: row.scope, title: row.title, day: row.day, ...f };
        if (this.memberCache.size >= MAX_CACHED_MEMBERS) this.memberCache.clear();
        this.memberCache.set(row.id, m);
      }
      out.set(row.story_id, [...(out.get(row.story_id) ?? []), m]);
    }
    // In the order asked, as the SQLite store gives them.
    return new Map(storyIds.flatMap((id) => (out.has(id) ? [[id, out.get(id)!] as const] : [])));
  }

  async storyOf(articleId: string): Promise<string | null> {
    const r = await this.db.query<{ story_id: string }>(
      'SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.seq = sa.article_seq WHERE a.id = $1',
      [articleId],
    );
    return r.rows[0]?.story_id ?? null;
  }

  async hasStory(storyId: string): Promise<boolean> {
    return ((await this.db.query('SELECT 1 FROM stories WHERE id = $1', [storyId])).rowCount ?? 0) > 0;
  }

  async addMember(args: {
    storyId: string;
    create: boolean;
    member: StoryMember;
    indexKeys: readonly string[];
  }): Promise<void> {
    const m = args.member;
    const features = JSON.stringify({ terms: m.terms, names: m.names, head: m.head });
    await this.db.transaction(async (tx) => {
      if (args.create)
        await tx.query('INSERT INTO stories (id, scope, label, created_at) VALUES ($1, $2, $3, $4)', [
          args.storyId,
          m.scope,
          m.title,
          this.clock.now().toISOString(),
        ]);
      await tx.query(
        `INSERT INTO story_articles (article_seq, story_id, day, is_copy, features)
        SELECT seq, $1, $2, false, $3 FROM articles WHERE id = $4 ON CONFLICT (article_seq) DO NOTHING`,
        [args.storyId, m.day, features, m.articleId],
      );
      if (args.indexKeys.length > 0)
        await tx.query(
          `INSERT INTO story_keys (key, story_id) SELECT k, $2 FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING`,
          [[...new Set(args.indexKeys)].sort(), args.storyId],
        );
    });
  }

  async addCopy(args: { storyId: string; articleId: string; scope: Scope; day: number }): Promise<void> {
    await this.db.query(
      `INSERT INTO story_articles (article_seq, story_id, day, is_copy, features)
      SELECT seq, $1, $2, true, NULL FROM articles WHERE id = $3 ON CONFLICT (article_seq) DO NOTHING`,
      [args.storyId, args.day, args.articleId],
    );
  }

  async setLabel(storyId: string, label: string): Promise<void> {
    await this.db.query('UPDATE stories SET label = $1 WHERE id = $2', [label, storyId]);
  }

  async list(query: StoryListQuery): Promise<StorySummary[]> {
    const scopes = scopeList(query);
    const limit = Math.min(Math.max(1, query.limit ?? DEFAULT_LIMIT), MAX_LIMIT);
    const since = query.since ? dayOf(query.since) : -1e9;
    const until = query.until ? dayOf(query.until) : 1e9;
    const r = await this.db.query<{ story_id: string }>(
      `SELECT sa.story_id, max(a.sort_day) AS last FROM story_articles sa
       JOIN articles a ON a.seq = sa.article_seq JOIN stories s ON s.id = sa.story_id
       WHERE a.scope = ANY($1::text[]) AND s.scope = ANY($1::text[]) AND a.sort_day BETWEEN $2 AND $3
       GROUP BY sa.story_id ORDER BY last DESC, sa.story_id LIMIT $4`,
      [scopes, since, until, limit],
    );
    return this.summaries(
      r.rows.map((row) => row.story_id),
      scopes,
    );
  }

  async get(storyId: string, scope: ScopeFilter): Promise<StorySummary | null> {
    const into = (
      await this.db.query<{ into_id: string }>('SELECT into_id FROM story_redirects WHERE from_id = $1', [
        storyId,
      ])
    ).rows[0]?.into_id;
    return (await this.summaries([into ?? storyId], scopeList(scope)))[0] ?? null;
  }

  async stats(storyIds: readonly string[]): Promise<Map<string, StoryStats>> {
    const r = await this.db.query<{ id: string; scope: string; first: number; size: string }>(
      `SELECT s.id, s.scope, min(sa.day) AS first, count(*) AS size FROM stories s
      JOIN story_articles sa ON sa.story_id = s.id AND NOT sa.is_copy
      WHERE s.id = ANY($1::text[]) GROUP BY s.id`,
      [[...storyIds]],
    );
    return new Map(
      r.rows.map((row) => [row.id, { scope: row.scope, first: row.first, size: Number(row.size) }]),
    );
  }

  async mergeStories(args: { from: string; into: string }): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE story_articles SET story_id = $1 WHERE story_id = $2', [args.into, args.from]);
      await tx.query(
        `INSERT INTO story_keys (key, story_id) SELECT key, $1 FROM story_keys WHERE story_id = $2
        ON CONFLICT DO NOTHING`,
        [args.into, args.from],
      );
      await tx.query('DELETE FROM story_keys WHERE story_id = $1', [args.from]);
      await tx.query('UPDATE story_redirects SET into_id = $1 WHERE into_id = $2', [args.into, args.from]);
      await tx.query('INSERT INTO story_redirects (from_id, into_id, merged_at) VALUES ($1, $2, $3)', [
        args.from,
        args.into,
        this.clock.now().toISOString(),
      ]);
    });
  }

  async redirects(storyIds: readonly string[], scope: ScopeFilter): Promise<MergedStory[]> {
    const r = await this.db.query<{ from_id: string; into_id: string; label: string }>(
      `SELECT r.from_id, r.into_id, s.label FROM story_redirects r JOIN stories s ON s.id = r.from_id
      WHERE r.into_id = ANY($1::text[]) AND s.scope = ANY($2::text[]) ORDER BY r.merged_at, r.from_id`,
      [[...storyIds], scopeList(scope)],
    );
    return r.rows.map((row) => ({ id: row.from_id, label: row.label, mergedInto: row.into_id }));
  }

  async storiesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (articleIds.length === 0) return out;
    const r = await this.db.query<{ id: string; story_id: string }>(
      `SELECT a.id, sa.story_id FROM articles a JOIN story_articles sa ON sa.article_seq = a.seq
      WHERE a.id = ANY($1::text[])`,
      [[...new Set(articleIds)]],
    );
    for (const row of r.rows) out.set(row.id, row.story_id);
    return out;
  }

  async ungrouped(limit: number): Promise<Array<{ id: string; scope: string }>> {
    const r = await this.db.query<{ id: string; scope: string }>(
      `SELECT a.id, a.scope FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_seq = a.seq)
      ORDER BY a.sort_day, a.seq LIMIT $1`,
      [limit],
    );
    return r.rows;
  }

  private async summaries(storyIds: string[], scopes: string[]): Promise<StorySummary[]> {
    if (storyIds.length === 0) return [];
    const r = await this.db.query<Omit<MemberRow, 'is_copy'> & { is_copy: boolean }>(
      `SELECT sa.story_id, s.label, a.id, a.outlet, a.sort_day, sa.is_copy FROM story_articles sa
       JOIN articles a ON a.seq = sa.article_seq JOIN stories s ON s.id = sa.story_id
       WHERE sa.story_id = ANY($1::text[]) AND a.scope = ANY($2::text[]) AND s.scope = ANY($2::text[])
       ORDER BY a.sort_day, a.seq`,
      [storyIds, scopes],
    );
    const byStory = new Map<string, MemberRow[]>();
    for (const row of r.rows) {
      const member: MemberRow = { ...row, is_copy: row.is_copy ? 1 : 0 };
      byStory.set(row.story_id, [...(byStory.get(row.story_id) ?? []), member]);
    }
    return storyIds.flatMap((id) => {
      const rows = byStory.get(id);
      return rows ? [summarize(id, rows)] : [];
    });
  }
}

function scopeList(scope: ScopeFilter): string[] {
  return [GLOBAL_SCOPE, scope.guild ?? GLOBAL_SCOPE];
}
