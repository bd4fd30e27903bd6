import type { Clock } from '../../../clock.js';
import type { SearchHit, SearchQuery } from '../../article-store.js';
import { matchingPassages, snippet } from '../../sqlite/search/highlight.js';
import { tokenize } from '../../sqlite/search/query-parse.js';
import { DEFAULT_TUNING, RECENCY_BOOST, type SearchTuning } from '../../sqlite/search/search.js';
import type { Sql } from '../database.js';
import { filterSql } from '../filter-sql.js';
import { Params } from '../params.js';
import { ARTICLE_COLUMNS, toArticle, type PgArticleRow } from '../rows.js';
import { PgFrequencies } from './frequencies.js';
import { pgQueryElements, querySql, type PgQueryElement } from './query.js';
import { Stems } from './stems.js';

/**
 * ts_rank_cd weights, in Postgres's order {D, C, B, A}: the headline (A) counts four times the
 * body (B), as TITLE_WEIGHT does for SQLite's bm25. Normalization 1 divides by 1 + log(length),
 * so a long article does not win by length alone.
 */
export const RANK = `ts_rank_cd('{0.1, 0.2, 0.25, 1.0}', a.search, q.q, 1)`;
const DEFAULT_LIMIT = 10;
const VERSION_EVERY_MS = 2_000;
const MAX_LIMIT = 100;

interface Ranked {
  seq: string;
  rel: number;
  day: number;
}

interface Plan {
  mode: 'and' | 'or';
  elements: PgQueryElement[];
  estimate: number;
  windowed: boolean;
}

/**
 * Full-text search on Postgres, planned as on SQLite: all words (AND) first, any word (OR) when
 * that finds nothing; words in most articles rank only a newest-first window of matches (widened
 * when filters leave too few); otherwise two-phase ranking, the best matches by relevance and
 * then recency among them. Snippets and passages are computed here, in JavaScript, on the stored
 * text: their offsets are exact UTF-16 offsets whatever Postgres counts in.
 */
export class PgSearcher {
  private readonly df: PgFrequencies;
  private readonly stems: Stems;
  private versionAt = -Infinity;

  constructor(
    private readonly sql: Sql,
    private readonly clock: Clock,
    private readonly version: () => Promise<number>,
    private readonly tuning: SearchTuning = DEFAULT_TUNING,
  ) {
    this.df = new PgFrequencies(sql);
    this.stems = new Stems(sql);
  }

  /** Any string is safe; a query without words returns no hits. */
  async search(query: SearchQuery): Promise<SearchHit[]> {
    const elements = pgQueryElements(query.text);
    if (elements.length === 0) return [];
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    // The counts only steer the plan: the store's version is looked at every few seconds, not per search.
    if (Date.now() - this.versionAt > VERSION_EVERY_MS) {
      this.df.refresh(await this.version());
      this.versionAt = Date.now();
    }
    const windowFrom = Math.max(this.tuning.commonMin, this.tuning.commonShare * (await this.df.articles()));
    const counts = await this.df.of(elements);
    const today = Math.floor(this.clock.now().getTime() / 86_400_000);
    const and: Plan = { mode: 'and', elements, estimate: Math.min(...counts), windowed: false };
    and.windowed = and.estimate >= windowFrom;
    let ranked = await this.run(and, query, limit, today);
    if (ranked.length === 0 && elements.length > 1) {
      // Very common elements are dropped when rarer ones remain: they would barely move the
      // ranking, yet force ranking most of the archive.
      const rare = elements.filter((_, i) => counts[i]! < windowFrom);
      const kept = rare.length > 0 ? rare : elements;
      const estimate = kept.reduce((sum, e) => sum + counts[elements.indexOf(e)]!, 0);
      ranked = await this.run(
        { mode: 'or', elements: kept, estimate, windowed: estimate >= windowFrom },
        query,
        limit,
        today,
      );
    }
    if (ranked.length === 0) return [];
    return this.hydrate(ranked, elements, today);
  }

  private async hydrate(ranked: Ranked[], elements: PgQueryElement[], today: number): Promise<SearchHit[]> {
    const r = await this.sql.query<PgArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.seq = ANY($1::bigint[])`,
      [ranked.map((x) => x.seq)],
    );
    const rows = new Map(r.rows.map((row) => [row.seq, row]));
    const words = new Set<string>(elements.flatMap((e) => e.tokens));
    for (const row of r.rows) for (const t of tokenize(row.text)) words.add(t);
    await this.stems.load(words);
    const matcher = this.stems.matcher(elements);
    return ranked
      .filter((x) => rows.has(x.seq))
      .map((x) => {
        const article = toArticle(rows.get(x.seq)!);
        const passages = matchingPassages(article.text, matcher);
        return {
          article,
          score: x.rel * boost(x.day, today),
          snippet: snippet(article.text, passages[0]),
          passages: passages.map((p) => p.span),
        };
      });
  }

  private async run(plan: Plan, query: SearchQuery, limit: number, today: number): Promise<Ranked[]> {
    const params = new Params();
    const q = querySql(plan.elements, plan.mode, params);
    const filter = filterSql(query, params, { includeDuplicates: query.includeDuplicates ?? false });
    const t = params.add(today);
    const l = params.add(limit);
    const order = (rel: string) =>
      `ORDER BY ${rel} * (1.0 + ${RECENCY_BOOST} / (1.0 + greatest(0, ${t} - a.sort_day) / 365.0)) DESC, a.seq DESC`;
    const rows = async (sql: string, extra: unknown[] = []) =>
      normalize((await this.sql.query<Ranked>(sql, [...params.values, ...extra])).rows);
    const full = () =>
      rows(`WITH q AS (SELECT ${q} AS q)
        SELECT a.seq, ${RANK} AS rel, a.sort_day AS day FROM articles a, q
        WHERE a.search @@ q.q AND ${filter} ${order(RANK)} LIMIT ${l}`);
    if (!plan.windowed) {
      const top = this.tuning.topK ?? Math.max(200, limit * 10);
      if (plan.estimate > top) {
        const p = `$${params.values.length + 1}`;
        const found = await rows(
          `WITH q AS (SELECT ${q} AS q),
            c AS (SELECT a.seq, ${RANK} AS rel FROM articles a, q WHERE a.search @@ q.q ORDER BY rel DESC, a.seq DESC LIMIT ${p})
          SELECT a.seq, c.rel, a.sort_day AS day FROM c JOIN articles a ON a.seq = c.seq
          WHERE ${filter} ${order('c.rel')} LIMIT ${l}`,
          [top],
        );
        if (found.length >= limit) return found;
        // Too few: final only if the candidates were every match (fewer than `top`).
        const only = new Params();
        const counted = await this.sql.query<{ n: string }>(
          `WITH q AS (SELECT ${querySql(plan.elements, plan.mode, only)} AS q)
          SELECT count(*) AS n FROM (SELECT 1 FROM articles a, q WHERE a.search @@ q.q LIMIT ${only.add(top)}) m`,
          only.values,
        );
        if (Number(counted.rows[0]!.n) < top) return found;
      }
      return full();
    }
    // The newest `window` matches (by ingest order), ranked, then filtered; widened while
    // filters leave too few and older matches remain.
    for (let window = this.tuning.window; ; window *= 8) {
      if (window >= plan.estimate) return full();
      const p = `$${params.values.length + 1}`;
      const found = await rows(
        `WITH q AS (SELECT ${q} AS q),
          c AS (SELECT a.seq, ${RANK} AS rel FROM articles a, q WHERE a.search @@ q.q ORDER BY a.seq DESC LIMIT ${p})
        SELECT a.seq, c.rel, a.sort_day AS day FROM c JOIN articles a ON a.seq = c.seq
        WHERE ${filter} ${order('c.rel')} LIMIT ${l}`,
        [window],
      );
      if (found.length >= limit) return found;
    }
  }
}

/** The recency factor of an article's day (see RECENCY_BOOST). */
function boost(day: number, today: number): number {
  return 1 + RECENCY_BOOST / (1 + Math.max(0, today - day) / 365);
}

// node-postgres reads float4 (ts_rank_cd) as a number already, but be explicit about it.
function normalize(rows: Ranked[]): Ranked[] {
  return rows.map((r) => ({ seq: String(r.seq), rel: Number(r.rel), day: Number(r.day) }));
}
