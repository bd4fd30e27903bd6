import type { Database, Statement } from 'better-sqlite3';
import type { Clock } from '../../../clock.js';
import type { SearchHit, SearchQuery } from '../../article-store.js';
import { ARTICLE_COLUMNS, toArticle, type ArticleRow } from '../rows.js';
import { filterSql, type SqlFilter } from '../scope-sql.js';
import { DocFrequencies } from './doc-frequency.js';
import { matchingPassages, snippet, termMatcher } from './highlight.js';
import { planAnd, planOr, queryElements, type QueryElement, type SearchPlan } from './plan.js';
import { IndexTermCache } from '../../../articles/index-terms.js';
import { PrefixTerms } from './prefix-terms.js';
import { parseQuery } from './query-parse.js';

/** bm25 column weights: a word in the headline counts four times a word in the body. */
export const TITLE_WEIGHT = 4;
/**
 * Recency boost: score = relevance × (1 + RECENCY_BOOST / (1 + ageDays / 365)), where relevance is
 * −bm25 and ageDays counts from the publication day (or ingest day) to today. A story from today
 * gets +25%, one a year old +12.5%, three years old +6%: enough to order near-equal matches, never
 * to bury a much better old one.
 */
export const RECENCY_BOOST = 0.25;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/** Query-planner thresholds (defaults suit archives of a few thousand to a few hundred thousand articles). */
export interface SearchTuning {
  /**
   * Rank only a newest-first window of candidates when the estimated matches reach this share of
   * all articles (words in most articles)…
   */
  commonShare: number;
  /** …and at least this many matches (below that, ranking every match is cheap anyway). */
  commonMin: number;
  /** Candidates in that window, newest by ingest order. */
  window: number;
  /** Otherwise: candidates ranked by bm25 alone before filters and recency (default max(200, 10 × limit)). */
  topK?: number;
}

export const DEFAULT_TUNING: SearchTuning = { commonShare: 0.3, commonMin: 4_000, window: 1_000 };

interface Ranked {
  seq: number;
  rel: number;
  day: number;
}

/**
 * Full-text search over the store. Plans each query: all words (AND) first, any word (OR) when
 * that finds nothing. Words in most articles: only a newest-first window of matches is ranked
 * (widened when filters leave too few). Otherwise: two-phase ranking, the top matches by bm25 then
 * recency among them. Snippets and passages are computed for the returned hits only.
 */
export class Searcher {
  private readonly df: DocFrequencies;
  private readonly prefixes: PrefixTerms;
  // Words of stored texts and their index terms, kept across searches: hits repeat their words.
  private readonly indexTerms = new IndexTermCache();
  private readonly hydrate: Statement<[string], ArticleRow>;
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly tuning: SearchTuning = DEFAULT_TUNING,
  ) {
    this.df = new DocFrequencies(db);
    this.prefixes = new PrefixTerms(db);
    // Every hit in one statement rather than one per hit.
    this.hydrate = db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM json_each(?) AS j
      CROSS JOIN articles a ON a.seq = j.value CROSS JOIN article_bodies b ON b.seq = a.seq`);
  }

  /** Any string is safe; a query without words returns no hits. */
  search(query: SearchQuery): SearchHit[] {
    const elements = queryElements(parseQuery(query.text), (typed) => this.prefixes.match(typed));
    if (elements.length === 0) return [];
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    this.df.refresh();
    const windowFrom = Math.max(this.tuning.commonMin, this.tuning.commonShare * this.df.articles());
    const options = { docFrequency: (e: QueryElement) => this.df.of(e), windowFrom };
    const today = Math.floor(this.clock.now().getTime() / 86_400_000);
    const and = planAnd(elements, options);
    let ranked = and ? this.run(and, query, limit, today) : [];
    if (ranked.length === 0) {
      const or = planOr(elements, options);
      if (or) ranked = this.run(or, query, limit, today);
    }
    if (ranked.length === 0) return [];
    const rows = new Map(
      this.hydrate.all(JSON.stringify(ranked.map((r) => r.seq))).map((row) => [row.seq, row]),
    );
    const matcher = termMatcher(elements, this.indexTerms);
    return ranked.map((r) => {
      const article = toArticle(rows.get(r.seq)!);
      const passages = matchingPassages(article.text, matcher);
      return {
        article,
        score: -r.rel * boost(r.day, today),
        snippet: snippet(article.text, passages[0]),
        passages: passages.map((p) => p.span),
      };
    });
  }

  private run(plan: SearchPlan, query: SearchQuery, limit: number, today: number): Ranked[] {
    const filter = filterSql(query, { includeDuplicates: query.includeDuplicates ?? false });
    const params = { ...filter.params, match: plan.match, limit, today };
    const full = () => this.stmt(fullSql(filter.sql)).all(params) as Ranked[];
    if (!plan.windowed) {
      const top = this.tuning.topK ?? Math.max(200, limit * 10);
      return (plan.estimate > top && this.twoPhase(plan.match, filter, limit, top, today)) || full();
    }
    // Widen the window while filters leave too few hits and older candidates remain.
    for (let window = this.tuning.window; ; window *= 8) {
      if (window >= plan.estimate) return full();
      const rows = this.stmt(windowSql(filter.sql)).all({ ...params, window }) as Ranked[];
      if (rows.length >= limit) return rows;
    }
  }

  /**
   * Two-phase ranking: the best `top` matches by bm25 alone (the cheap raw query), then filters and
   * the recency boost on those only, so recency reorders the most relevant matches and never lifts
   * a weak one. One statement. Null when filters leave too few of them: the caller then ranks every match.
   */
  private twoPhase(
    match: string,
    filter: SqlFilter,
    limit: number,
    top: number,
    today: number,
  ): Ranked[] | null {
    const rows = this.stmt(twoPhaseSql(filter.sql)).all({
      ...filter.params,
      match,
      top,
      limit,
      today,
    }) as Ranked[];
    if (rows.length >= limit) return rows;
    // Too few: final only if the candidates were every match (fewer than `top`).
    const candidates = this.stmt(countTopSql()).pluck().get({ match, top }) as number;
    return candidates < top ? rows : null;
  }

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }
}

/** The recency factor of an article's day (see RECENCY_BOOST). */
function boost(day: number, today: number): number {
  return 1 + RECENCY_BOOST / (1 + Math.max(0, today - day) / 365);
}

const BOOSTED = `* (1.0 + ${RECENCY_BOOST} / (1.0 + max(0, :today - a.sort_day) / 365.0))`;

// CROSS JOIN keeps the full-text index as the outer loop: the planner must never scan articles
// and probe the index per row.
function fullSql(where: string): string {
  return `SELECT articles_fts.rowid AS seq, bm25(articles_fts, ${TITLE_WEIGHT}.0, 1.0) AS rel, a.sort_day AS day
    FROM articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid
    WHERE articles_fts MATCH :match AND ${where}
    ORDER BY rel ${BOOSTED} LIMIT :limit`;
}

// The newest `window` matches by rowid (ingest order), scored, then filtered and ranked.
function windowSql(where: string): string {
  return `SELECT c.seq AS seq, c.rel AS rel, a.sort_day AS day
    FROM (SELECT rowid AS seq, bm25(articles_fts, ${TITLE_WEIGHT}.0, 1.0) AS rel FROM articles_fts
          WHERE articles_fts MATCH :match ORDER BY rowid DESC LIMIT :window) AS c
    CROSS JOIN articles a ON a.seq = c.seq
    WHERE ${where}
    ORDER BY c.rel ${BOOSTED} LIMIT :limit`;
}

function twoPhaseSql(where: string): string {
  return `SELECT c.seq AS seq, c.rel AS rel, a.sort_day AS day
    FROM (SELECT rowid AS seq, bm25(articles_fts, ${TITLE_WEIGHT}.0, 1.0) AS rel FROM articles_fts
          WHERE articles_fts MATCH :match ORDER BY rel LIMIT :top) AS c
    CROSS JOIN articles a ON a.seq = c.seq
    WHERE ${where}
    ORDER BY c.rel ${BOOSTED} LIMIT :limit`;
}

function countTopSql(): string {
  return 'SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match LIMIT :top)';
}
