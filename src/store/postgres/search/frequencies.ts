import type { Sql } from '../database.js';
import { Params } from '../params.js';
import { elementSql, type PgQueryElement } from './query.js';

// Counts only steer the plan, so a slightly stale cache is fine; dropped after this many writes.
const STALE_AFTER_WRITES = 500;
const MAX_ENTRIES = 10_000;
// Below this many articles a word's documents are counted exactly (cheap at that size). Above,
// they are estimated from the statistics ANALYZE keeps of the search column's most common
// lexemes: every word in a sizeable share of the archive is among them.
const EXACT_BELOW = 20_000;
// How often the statistics are read again (autovacuum refreshes them as the archive grows).
const STATS_TTL_MS = 10 * 60_000;

interface LexemeStats {
  freq: Map<string, number>;
  /** Frequency assumed for a lexeme not in the list (half the least common listed, as Postgres does). */
  rare: number;
}

/**
 * How many articles each query element matches: exact counts in a small archive, estimates from
 * the column statistics in a large one (see EXACT_BELOW). A prefix sums the listed lexemes it
 * begins; a phrase counts its rarest word.
 */
export class PgFrequencies {
  private readonly cache = new Map<string, number>();
  private cachedAt = -1;
  private total: number | undefined;
  private stats: { value: LexemeStats | null; at: number } | undefined;

  constructor(
    private readonly sql: Sql,
    private readonly now: () => number = Date.now,
  ) {}

  /** Call once per search with the store's version: drops the cache when the store changed a lot. */
  refresh(version: number): void {
    if (Math.abs(version - this.cachedAt) > STALE_AFTER_WRITES || this.cache.size > MAX_ENTRIES) {
      this.cache.clear();
      this.total = undefined;
      this.cachedAt = version;
    }
  }

  /** Articles stored: exact when small, else the planner's row count. */
  async articles(): Promise<number> {
    if (this.total === undefined) {
      const r = await this.sql.query<{ n: string }>(
        `SELECT CASE WHEN c.reltuples >= ${EXACT_BELOW} THEN c.reltuples::bigint
          ELSE (SELECT count(*) FROM articles) END AS n FROM pg_class c WHERE c.oid = 'articles'::regclass`,
      );
      this.total = Number(r.rows[0]?.n ?? 0);
    }
    return this.total;
  }

  /** The document count of each element, in order. */
  async of(elements: readonly PgQueryElement[]): Promise<number[]> {
    const key = (e: PgQueryElement) => `${e.kind}:${e.text}`;
    const missing = elements.filter((e) => !this.cache.has(key(e)));
    if (missing.length > 0) {
      const total = await this.articles();
      const counts = total < EXACT_BELOW ? await this.exact(missing) : await this.estimate(missing, total);
      missing.forEach((e, i) => this.cache.set(key(e), counts[i]!));
    }
    return elements.map((e) => this.cache.get(key(e))!);
  }

  private async exact(elements: readonly PgQueryElement[]): Promise<number[]> {
    const params = new Params();
    const cols = elements.map(
      (e, i) => `(SELECT count(*) FROM articles a WHERE a.search @@ ${elementSql(e, params)}) AS c${i}`,
    );
    const r = await this.sql.query<Record<string, string>>(`SELECT ${cols.join(', ')}`, params.values);
    return elements.map((_, i) => Number(r.rows[0]![`c${i}`]));
  }

  private async estimate(elements: readonly PgQueryElement[], total: number): Promise<number[]> {
    const stats = await this.lexemeStats();
    if (!stats) return this.exact(elements);
    const params = new Params();
    const cols = elements.map((e, i) => `querytree(${elementSql(e, params)}) AS q${i}`);
    const r = await this.sql.query<Record<string, string>>(`SELECT ${cols.join(', ')}`, params.values);
    return elements.map((e, i) => {
      const lexemes = [...(r.rows[0]![`q${i}`] ?? '').matchAll(/'((?:[^']|'')*)'(:\*)?/g)];
      if (lexemes.length === 0) return 0;
      const share = (lexeme: string, prefix: boolean) => {
        if (!prefix) return stats.freq.get(lexeme) ?? stats.rare;
        let sum = stats.rare;
        for (const [l, f] of stats.freq) if (l.startsWith(lexeme)) sum += f;
        return sum;
      };
      const shares = lexemes.map((m) => share(m[1]!.replace(/''/g, "'"), m[2] !== undefined));
      // A prefix matched two ways (stemmed or as typed) is either; a phrase needs every word.
      const combined =
        e.kind === 'prefix'
          ? Math.min(
              1,
              shares.reduce((a, b) => a + b, 0),
            )
          : Math.min(...shares);
      return Math.round(combined * total);
    });
  }

  private async lexemeStats(): Promise<LexemeStats | null> {
    if (this.stats && this.now() - this.stats.at < STATS_TTL_MS) return this.stats.value;
    const r = await this.sql.query<{ elems: string[] | null; freqs: number[] | null }>(
      `SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats
      WHERE schemaname = current_schema() AND tablename = 'articles' AND attname = 'search'`,
    );
    const row = r.rows[0];
    if (!row?.elems || !row.freqs) {
      // Never analyzed yet: counted exactly until autovacuum (or a bulk load's ANALYZE) fills them.
      this.stats = { value: null, at: this.now() };
      return null;
    }
    const freq = new Map<string, number>();
    row.elems.forEach((l, i) => freq.set(l, row.freqs![i]!));
    // After the per-lexeme frequencies come the minimum, the maximum and the null frequency.
    const min = row.freqs[row.elems.length] ?? 0;
    this.stats = { value: { freq, rare: min / 2 }, at: this.now() };
    return this.stats.value;
  }
}
