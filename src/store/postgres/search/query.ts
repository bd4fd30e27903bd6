import { tokenize } from '../../sqlite/search/query-parse.js';
import { STOP_WORDS } from '../../sqlite/search/stopwords.js';
import { foldForSearch } from '../fold.js';
import type { Params } from '../params.js';

/**
 * One part of a query. `text` is what Postgres parses (`phraseto_tsquery`, or a prefix for
 * `to_tsquery … :*`): the written word or quoted phrase with diacritics folded, so its words are
 * split and stemmed exactly as the stored text was ("U.S.", "twelve-metre", "48,000"). `tokens`
 * are its words as the highlighter splits them.
 */
export interface PgQueryElement {
  kind: 'term' | 'prefix' | 'phrase';
  text: string;
  tokens: string[];
}

// A question pasted as a query can be long; beyond this many words the rest add little.
const MAX_ELEMENTS = 32;

// Punctuation that joins parts of one written word ("e-mail", "U.S.", "48,000", "AT&T", "don't").
// Any other punctuation, such as parentheses or a colon, separates words (as on SQLite).
const HARD_SEPARATOR = /[^\p{L}\p{N}\p{M}\-.,'’/&_@]+/u;

/**
 * What a user typed, as query elements: balanced "quoted phrases", `word*` prefixes and written
 * words. Never throws; no input can form a tsquery operator, because each element reaches Postgres
 * only through `phraseto_tsquery` (which reads any text as words) or as a prefix made only of
 * letters and digits. Stop words are dropped when anything else remains.
 */
export function pgQueryElements(input: string): PgQueryElement[] {
  const out: PgQueryElement[] = [];
  const parts = input.split('"');
  const balanced = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1 && i < balanced) addWords(out, part, 'phrase');
    else addPlain(out, part);
  }
  const seen = new Set<string>();
  const unique = out.filter((e) => {
    const key = `${e.kind}:${e.tokens.join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const isStop = (e: PgQueryElement) => e.kind === 'term' && STOP_WORDS.has(e.tokens[0]!);
  const content = unique.filter((e) => !isStop(e));
  return (content.length > 0 ? content : unique).slice(0, MAX_ELEMENTS);
}

function addPlain(out: PgQueryElement[], text: string): void {
  for (const word of text.split(/\s+/)) {
    const isPrefix = /[\p{L}\p{N}\p{M}]\*+$/u.test(word);
    const chunks = word.split(HARD_SEPARATOR);
    chunks.forEach((chunk, i) => {
      const tokens = tokenize(chunk);
      if (tokens.length === 1 && isPrefix && i === chunks.length - 2 && chunks[i + 1] === '')
        out.push({ kind: 'prefix', text: tokens[0]!, tokens });
      else addWords(out, chunk, 'term');
    });
  }
}

function addWords(out: PgQueryElement[], text: string, kind: 'term' | 'phrase'): void {
  const tokens = tokenize(text);
  if (tokens.length === 0) return;
  out.push({
    kind: tokens.length > 1 ? 'phrase' : kind === 'phrase' ? 'term' : kind,
    text: foldForSearch(text) ?? text,
    tokens,
  });
}

/**
 * The tsquery expression of one element. A prefix is matched stemmed (`ferries*` → `ferri:*`, as
 * the stored words are stemmed) and as typed (`lant*` → `lant:*`), either one.
 */
export function elementSql(e: PgQueryElement, params: Params): string {
  if (e.kind === 'prefix') {
    const p = params.add(`${e.text}:*`);
    return `(to_tsquery('newsroom', ${p}) || to_tsquery('simple', ${p}))`;
  }
  return `phraseto_tsquery('newsroom', ${params.add(e.text)})`;
}

/** All elements (`&&`) or any of them (`||`), as one tsquery expression. */
export function querySql(elements: readonly PgQueryElement[], mode: 'and' | 'or', params: Params): string {
  return elements.map((e) => elementSql(e, params)).join(mode === 'and' ? ' && ' : ' || ');
}
