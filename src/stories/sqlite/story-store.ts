import type { Database, Statement } from 'better-sqlite3';
import { GLOBAL_SCOPE, type Scope } from '../../articles/article.js';
import type { Clock } from '../../clock.js';
import type { ScopeFilter } from '../../store/article-store.js';
import type { StoryMember, StoryStats } from '../model.js';
import type { MergedStory, StoryListQuery, StoryStore, StorySummary } from '../story-store.js';
import type { Frequencies } from '../vectors.js';
import { dayOf, summarize, type MemberRow } from './summaries.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;
// SQLite's default limit on bound parameters is high, but long IN lists are chunked anyway.
const CHUNK = 500;

interface FeatureRow {
  story_id: string;
  id: string;
  scope: string;
  title: string;
  day: number;
  features: string;
}

// In-memory caches: document frequencies (a statistic: a little drift from another process's
// writes does not matter) and parsed member features (immutable once stored). Bounded; cleared
// when full rather than tracked entry by entry.
const MAX_CACHED_DF = 500_000;
const MAX_CACHED_MEMBERS = 50_000;

/** Stories on the article database (better-sqlite3), in the tables of the `stories` migration. */
export class SqliteStoryStore implements StoryStore {
  private readonly s: Record<string, Statement>;
  private readonly dfCache = new Map<string, number>();
  private readonly memberCache = new Map<string, StoryMember>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    const p = (sql: string): Statement => db.prepare(sql);
    this.s = {
      documents: p("SELECT value FROM story_meta WHERE key = 'documents'"),
      bumpDocuments: p("UPDATE story_meta SET value = value + 1 WHERE key = 'documents'"),
      df: p('SELECT df FROM story_df WHERE key = ?'),
      addDf: p('INSERT INTO story_df (key, df) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET df = df + 1'),
      storyOf: p(
        'SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.seq = sa.article_seq WHERE a.id = ?',
      ),
      hasStory: p('SELECT 1 FROM stories WHERE id = ?'),
      createStory: p('INSERT INTO stories (id, scope, label, created_at) VALUES (?, ?, ?, ?)'),
      addArticle: p(`INSERT INTO story_articles (article_seq, story_id, day, is_copy, features)
        SELECT seq, ?, ?, ?, ? FROM articles WHERE id = ? ON CONFLICT(article_seq) DO NOTHING`),
      addKey: p('INSERT OR IGNORE INTO story_keys (key, story_id) VALUES (?, ?)'),
      setLabel: p('UPDATE stories SET label = ? WHERE id = ?'),
      members: p(`SELECT sa.story_id, a.id, a.scope, a.title, sa.day, sa.features FROM story_articles sa
        JOIN articles a ON a.seq = sa.article_seq WHERE sa.story_id = ? AND sa.is_copy = 0 ORDER BY sa.day DESC, a.seq DESC`),
      ungrouped: p(`SELECT a.id, a.scope FROM articles a LEFT JOIN story_articles sa ON sa.article_seq = a.seq
        WHERE sa.article_seq IS NULL ORDER BY a.sort_day, a.seq LIMIT ?`),
      stats: p(`SELECT s.scope, min(sa.day) AS first, count(*) AS size FROM stories s
        JOIN story_articles sa ON sa.story_id = s.id AND sa.is_copy = 0 WHERE s.id = ? GROUP BY s.id`),
      moveArticles: p('UPDATE story_articles SET story_id = ? WHERE story_id = ?'),
      copyKeys: p(
        'INSERT OR IGNORE INTO story_keys (key, story_id) SELECT key, ? FROM story_keys WHERE story_id = ?',
      ),
      dropKeys: p('DELETE FROM story_keys WHERE story_id = ?'),
      repoint: p('UPDATE story_redirects SET into_id = ? WHERE into_id = ?'),
      redirect: p('INSERT INTO story_redirects (from_id, into_id, merged_at) VALUES (?, ?, ?)'),
      resolve: p('SELECT into_id FROM story_redirects WHERE from_id = ?'),
    };
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
    if (this.dfCache.size + missing.length > MAX_CACHED_DF) this.dfCache.clear();
    for (let i = 0; i < missing.length; i += CHUNK) {
      const chunk = [...new Set(missing.slice(i, i + CHUNK))];
      const rows = this.db
        .prepare(`SELECT key, df FROM story_df WHERE key IN (${chunk.map(() => '?').join(',')})`)
        .all(...chunk) as Array<{ key: string; df: number }>;
      const found = new Map(rows.map((r) => [r.key, r.df]));
      for (const k of chunk) {
        const v = found.get(k) ?? 0;
        df.set(k, v);
        this.dfCache.set(k, v);
      }
    }
    return { total: (this.s.documents!.get() as { value: number }).value, df };
  }

  async countDocument(keys: readonly string[]): Promise<void> {
    const unique = new Set(keys);
    this.db.transaction(() => {
      this.s.bumpDocuments!.run();
      for (const k of unique) this.s.addDf!.run(k);
    })();
    for (const k of unique) {
      const cached = this.dfCache.get(k);
      if (cached !== undefined) this.dfCache.set(k, cached + 1);
    }
  }

  async candidates(keys: readonly string[], scopes: readonly Scope[], limit: number): Promise<string[]> {
    if (keys.length === 0 || scopes.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT k.story_id, count(*) AS shared FROM story_keys k JOIN stories s ON s.id = k.story_id
         WHERE k.key IN (${keys.map(() => '?').join(',')}) AND s.scope IN (${scopes.map(() => '?').join(',')})
         GROUP BY k.story_id ORDER BY shared DESC, k.story_id LIMIT ?`,
      )
      .all(...keys, ...scopes, limit) as Array<{ story_id: string }>;
    return rows.map((r) => r.story_id);
  }

  async members(
    storyIds: readonly string[],
    scopes: readonly Scope[],
    limit: number,
  ): Promise<Map<string, StoryMember[]>> {
    const out = new Map<string, StoryMember[]>();
    for (const id of storyIds) {
      const list: StoryMember[] = [];
      for (const r of this.s.members!.iterate(id) as IterableIterator<FeatureRow>) {
        if (!scopes.includes(r.scope)) continue;
        // The same object for the same member, so per-member caches (parsed vectors) hold.
        let m = this.memberCache.get(r.id);
        if (!m || m.title !== r.title || m.scope !== r.scope) {
          const f = JSON.parse(r.features) as Pick<StoryMember, 'terms' | 'names' | 'head'>;
          m = { articleId: r.id, scope: r.scope, title: r.title, day: r.day, ...f };
          if (this.memberCache.size >= MAX_CACHED_MEMBERS) this.memberCache.clear();
          this.memberCache.set(r.id, m);
        }
        list.push(m);
        if (list.length >= limit) break;
      }
      if (list.length > 0) out.set(id, list);
    }
    return out;
  }

  async storyOf(articleId: string): Promise<string | null> {
    return (this.s.storyOf!.get(articleId) as { story_id: string } | undefined)?.story_id ?? null;
  }

  async hasStory(storyId: string): Promise<boolean> {
    return this.s.hasStory!.get(storyId) !== undefined;
  }

  async addMember(args: {
    storyId: string;
    create: boolean;
    member: StoryMember;
    indexKeys: readonly string[];
  }): Promise<void> {
    const m = args.member;
    this.db
      .transaction(() => {
        if (args.create)
          this.s.createStory!.run(args.storyId, m.scope, m.title, this.clock.now().toISOString());
        const features = JSON.stringify({ terms: m.terms, names: m.names, head: m.head });
        this.s.addArticle!.run(args.storyId, m.day, 0, features, m.articleId);
        for (const k of args.indexKeys) this.s.addKey!.run(k, args.storyId);
      })
      .immediate();
  }

  async addCopy(args: { storyId: string; articleId: string; scope: Scope; day: number }): Promise<void> {
    this.s.addArticle!.run(args.storyId, args.day, 1, null, args.articleId);
  }

  async setLabel(storyId: string, label: string): Promise<void> {
    this.s.setLabel!.run(label, storyId);
  }

  async stats(storyIds: readonly string[]): Promise<Map<string, StoryStats>> {
    const out = new Map<string, StoryStats>();
    for (const id of storyIds) {
      const row = this.s.stats!.get(id) as StoryStats | undefined;
      if (row) out.set(id, { scope: row.scope, first: row.first, size: row.size });
    }
    return out;
  }

  async mergeStories(args: { from: string; into: string }): Promise<void> {
    this.db
      .transaction(() => {
        this.s.moveArticles!.run(args.into, args.from);
        this.s.copyKeys!.run(args.into, args.from);
        this.s.dropKeys!.run(args.from);
        this.s.repoint!.run(args.into, args.from);
        this.s.redirect!.run(args.from, args.into, this.clock.now().toISOString());
      })
      .immediate();
  }

  async redirects(storyIds: readonly string[], scope: ScopeFilter): Promise<MergedStory[]> {
    const scopes = scopeList(scope);
    const out: MergedStory[] = [];
    for (let i = 0; i < storyIds.length; i += CHUNK) {
      const chunk = storyIds.slice(i, i + CHUNK);
      const rows = this.db
        .prepare(
          `SELECT r.from_id, r.into_id, s.label FROM story_redirects r JOIN stories s ON s.id = r.from_id
           WHERE r.into_id IN (${chunk.map(() => '?').join(',')}) AND s.scope IN (?, ?)
           ORDER BY r.merged_at, r.from_id`,
        )
        .all(...chunk, ...scopes) as Array<{ from_id: string; into_id: string; label: string }>;
      for (const r of rows) out.push({ id: r.from_id, label: r.label, mergedInto: r.into_id });
    }
    return out;
  }

  async list(query: StoryListQuery): Promise<StorySummary[]> {
    const scopes = scopeList(query);
    const limit = Math.min(Math.max(1, query.limit ?? DEFAULT_LIMIT), MAX_LIMIT);
    const since = query.since ? dayOf(query.since) : -1e9;
    const until = query.until ? dayOf(query.until) : 1e9;
    const ids = this.db
      .prepare(
        `SELECT sa.story_id, max(a.sort_day) AS last FROM story_articles sa
         JOIN articles a ON a.seq = sa.article_seq JOIN stories s ON s.id = sa.story_id
         WHERE a.scope IN (?, ?) AND s.scope IN (?, ?) AND a.sort_day BETWEEN ? AND ?
         GROUP BY sa.story_id ORDER BY last DESC, sa.story_id LIMIT ?`,
      )
      .all(...scopes, ...scopes, since, until, limit) as Array<{ story_id: string }>;
    return this.summaries(
      ids.map((r) => r.story_id),
      scopes,
    );
  }

  async get(storyId: string, scope: ScopeFilter): Promise<StorySummary | null> {
    const into = (this.s.resolve!.get(storyId) as { into_id: string } | undefined)?.into_id;
    return this.summaries([into ?? storyId], scopeList(scope))[0] ?? null;
  }

  async storiesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < articleIds.length; i += CHUNK) {
      const chunk = articleIds.slice(i, i + CHUNK);
      const rows = this.db
        .prepare(
          `SELECT a.id, sa.story_id FROM articles a JOIN story_articles sa ON sa.article_seq = a.seq WHERE a.id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk) as Array<{ id: string; story_id: string }>;
      for (const r of rows) out.set(r.id, r.story_id);
    }
    return out;
  }

  async ungrouped(limit: number): Promise<Array<{ id: string; scope: string }>> {
    return this.s.ungrouped!.all(limit) as Array<{ id: string; scope: string }>;
  }

  private summaries(storyIds: string[], scopes: [string, string]): StorySummary[] {
    const out: StorySummary[] = [];
    for (let i = 0; i < storyIds.length; i += CHUNK) {
      const chunk = storyIds.slice(i, i + CHUNK);
      const rows = this.db
        .prepare(
          `SELECT sa.story_id, s.label, a.id, a.outlet, a.sort_day, sa.is_copy FROM story_articles sa
           JOIN articles a ON a.seq = sa.article_seq JOIN stories s ON s.id = sa.story_id
           WHERE sa.story_id IN (${chunk.map(() => '?').join(',')}) AND a.scope IN (?, ?) AND s.scope IN (?, ?)
           ORDER BY a.sort_day, a.seq`,
        )
        .all(...chunk, ...scopes, ...scopes) as MemberRow[];
      const byStory = new Map<string, MemberRow[]>();
      for (const r of rows) byStory.set(r.story_id, [...(byStory.get(r.story_id) ?? []), r]);
      for (const id of chunk) {
        const rs = byStory.get(id);
        if (rs) out.push(summarize(id, rs));
      }
    }
    return out;
  }
}

function scopeList(scope: ScopeFilter): [string, string] {
  return [GLOBAL_SCOPE, scope.guild ?? GLOBAL_SCOPE];
}
