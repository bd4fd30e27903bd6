import type { TermMatcher } from '../../sqlite/search/highlight.js';
import { STOP_WORDS } from '../../sqlite/search/stopwords.js';
import type { Sql } from '../database.js';
import type { PgQueryElement } from './query.js';

// Stems cached per process: words repeat across searches, and a stem never changes.
const MAX_CACHED = 200_000;

/** A word as the search column indexes it: lower case, accents folded (the highlighter passes words as written). */
function fold(token: string): string {
  return /^[\x00-\x7f]*$/.test(token)
    ? token.toLowerCase()
    : token
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
}

/**
 * English stems of words, from the same Snowball dictionary the search column is built with,
 * so the highlighter marks the words Postgres matched ("ferry" for "ferries"). Asked in one
 * statement per search for the words not seen before.
 */
export class Stems {
  private readonly cache = new Map<string, string>();

  constructor(private readonly sql: Sql) {}

  /** Makes sure every token's stem is known; then `of` answers synchronously. */
  async load(tokens: Iterable<string>): Promise<void> {
    const missing = [...new Set([...tokens].map(fold))].filter((t) => !this.cache.has(t));
    if (missing.length === 0) return;
    if (this.cache.size + missing.length > MAX_CACHED) this.cache.clear();
    const r = await this.sql.query<{ t: string; s: string | null }>(
      `SELECT t, (ts_lexize('newsroom_english', t))[1] AS s FROM unnest($1::text[]) AS t`,
      [missing],
    );
    for (const row of r.rows) this.cache.set(row.t, row.s ?? row.t);
  }

  /** The stem of a loaded token (the token itself when it was not loaded). */
  of(token: string): string {
    const t = fold(token);
    return this.cache.get(t) ?? t;
  }

  /**
   * A highlighter matcher for the query's words by stem: a text word matches a query word when
   * their stems are equal, or a prefix when the word (or its stem) begins with it. Stop words of
   * a phrase are not marked, as on SQLite. `load` the stems of the query and the texts first.
   */
  matcher(elements: readonly PgQueryElement[]): TermMatcher {
    const exact = new Map<string, number>();
    const prefixes: Array<[string, string, number]> = [];
    let n = 0;
    for (const e of elements) {
      const content = e.tokens.filter((t) => !STOP_WORDS.has(t));
      for (const t of content.length > 0 ? content : e.tokens) {
        if (e.kind === 'prefix') prefixes.push([t, this.of(t), n++]);
        else if (!exact.has(this.of(t))) exact.set(this.of(t), n++);
      }
    }
    return {
      size: n,
      pattern: null,
      match: (written) => {
        const token = fold(written);
        const stem = this.of(token);
        const i = exact.get(stem);
        if (i !== undefined) return i;
        for (const [p, ps, j] of prefixes) if (token.startsWith(p) || stem.startsWith(ps)) return j;
        return -1;
      },
    };
  }
}
