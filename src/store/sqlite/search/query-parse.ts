import { foldToken } from '../../../articles/index-terms.js';

/**
 * What a user typed, read as search syntax: "quoted phrases", `word*` prefixes and plain words.
 * Everything else (unbalanced quotes, `-`, `:`, parentheses, NEAR, AND/OR/NOT, emoji) is only
 * text: it is split into words exactly as the full-text tokenizer splits article text, so no input
 * can form an FTS5 operator.
 */
export interface ParsedQuery {
  /** Multi-word sequences that must appear in this order. */
  phrases: string[][];
  /** Single words (already normalized). */
  terms: string[];
  /** Word beginnings (normalized, without the `*`). */
  prefixes: string[];
}

// Token characters of the unicode61 tokenizer: letters, numbers and combining marks.
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/** The normalized tokens of a string, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = foldToken(m[0]);
    if (t) out.push(t);
  }
  return out;
}

/** Parses any string; never throws. An input without words gives an empty query. */
export function parseQuery(text: string): ParsedQuery {
  const q: ParsedQuery = { phrases: [], terms: [], prefixes: [] };
  // Balanced "..." pairs are phrases; a lone quote is just punctuation.
  const parts = text.split('"');
  const balanced = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1 && i < balanced) addSequence(q, tokenize(part));
    else addPlain(q, part);
  }
  q.terms = [...new Set(q.terms)];
  q.prefixes = [...new Set(q.prefixes)];
  return q;
}

// Punctuation that joins parts of one written word ("e-mail", "U.S.", "48,000", "AT&T", "don't").
// Any other punctuation, such as parentheses or a colon, separates words.
const HARD_SEPARATOR = /[^\p{L}\p{N}\p{M}\-.,'’/&_@]+/u;

function addPlain(q: ParsedQuery, text: string): void {
  // A written word that splits into several tokens is matched as a phrase, because the tokenizer
  // stored those tokens next to each other.
  for (const word of text.split(/\s+/)) {
    const isPrefix = /[\p{L}\p{N}\p{M}]\*+$/u.test(word);
    const chunks = word.split(HARD_SEPARATOR);
    chunks.forEach((chunk, i) => {
      const tokens = tokenize(chunk);
      if (tokens.length === 1 && isPrefix && i === chunks.length - 2 && chunks[i + 1] === '')
        q.prefixes.push(tokens[0]!);
      else addSequence(q, tokens);
    });
  }
}

function addSequence(q: ParsedQuery, tokens: string[]): void {
  if (tokens.length === 1) q.terms.push(tokens[0]!);
  else if (tokens.length > 1) q.phrases.push(tokens);
}

/** True when the query has no words at all. */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.phrases.length === 0 && q.terms.length === 0 && q.prefixes.length === 0;
}
