import { porterStem } from '../../../articles/porter-stem.js';
import { broadPrefix, prefixFamily } from './prefix.js';
import type { ParsedQuery } from './query-parse.js';
import { STOP_WORDS } from './stopwords.js';

/** One part of a full-text query. `fts` is its FTS5 syntax, built only from quoted word tokens. */
export interface QueryElement {
  kind: 'term' | 'prefix' | 'phrase';
  /** The words as typed, folded. */
  tokens: string[];
  /**
   * What the stemmed index matches: each token's index term; for a prefix, terms beginning with
   * `terms[0]` and the family's shorter terms in `short`.
   */
  terms: string[];
  short?: string[];
  /** Null for a prefix no stored word can match: it matches nothing. */
  fts: string | null;
}

/** How to run one query: the MATCH expression and whether to rank only a newest-first window. */
export interface SearchPlan {
  match: string;
  mode: 'and' | 'or';
  /** Estimated matching articles (an upper bound from document counts). */
  estimate: number;
  windowed: boolean;
}

export interface PlanOptions {
  /** Documents containing a word (upper bound for prefixes and phrases). */
  docFrequency(element: QueryElement): number;
  /** From this many estimated matches on, rank only a window of the newest candidates. */
  windowFrom: number;
}

// A question pasted as a query can be long; beyond this many words the rest add little.
const MAX_ELEMENTS = 32;

const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;

/** How a typed beginning is searched (see PrefixTerms). */
export type PrefixMatcher = (typed: string) => { fts: string | null; beginning: string; short: string[] };

/** Without the index vocabulary: one FTS5 prefix query covering the word family. */
const broadOnly: PrefixMatcher = (typed) => {
  const broad = broadPrefix(prefixFamily(typed));
  return { fts: `${quote(broad.token)}*`, beginning: broad.stem, short: [] };
};

/**
 * The query's elements, stop words dropped when anything else remains. Tokens contain only
 * letters and digits, and each is double-quoted, so the expression is always valid FTS5.
 */
export function queryElements(q: ParsedQuery, prefixMatch: PrefixMatcher = broadOnly): QueryElement[] {
  const phrases = q.phrases.map((tokens): QueryElement => ({
    kind: 'phrase',
    tokens,
    terms: tokens.map(porterStem),
    fts: quote(tokens.join(' ')),
  }));
  const prefixes = q.prefixes.map((t): QueryElement => {
    const prefix = prefixMatch(t);
    return { kind: 'prefix', tokens: [t], terms: [prefix.beginning], short: prefix.short, fts: prefix.fts };
  });
  const content = q.terms.filter((t) => !STOP_WORDS.has(t));
  const keepStop = content.length === 0 && phrases.length === 0 && prefixes.length === 0;
  const terms = (keepStop ? q.terms : content).map((t): QueryElement => ({
    kind: 'term',
    tokens: [t],
    terms: [porterStem(t)],
    fts: quote(t),
  }));
  return [...phrases, ...terms, ...prefixes].slice(0, MAX_ELEMENTS);
}

/**
 * All elements must match. Cost follows the rarest element, so that bounds the match count.
 * Null when an element matches nothing.
 */
export function planAnd(elements: readonly QueryElement[], options: PlanOptions): SearchPlan | null {
  if (elements.some((e) => e.fts === null)) return null;
  const estimate = Math.min(...elements.map((e) => options.docFrequency(e)));
  return {
    match: elements.map((e) => e.fts).join(' AND '),
    mode: 'and',
    estimate,
    windowed: estimate >= options.windowFrom,
  };
}

/**
 * Any element may match: the fallback when all of them together match nothing. Very common
 * elements are dropped when rarer ones remain (they would barely move the ranking, yet force
 * ranking most of the archive). Null when there is nothing to fall back to.
 */
export function planOr(all: readonly QueryElement[], options: PlanOptions): SearchPlan | null {
  if (all.length < 2) return null;
  const elements = all.filter((e) => e.fts !== null);
  if (elements.length === 0) return null;
  const counted = elements.map((e) => ({ e, df: options.docFrequency(e) }));
  const rare = counted.filter((c) => c.df < options.windowFrom);
  const kept = rare.length > 0 ? rare : counted;
  const estimate = kept.reduce((sum, c) => sum + c.df, 0);
  return {
    match: kept.map((c) => c.e.fts).join(' OR '),
    mode: 'or',
    estimate,
    windowed: estimate >= options.windowFrom,
  };
}
