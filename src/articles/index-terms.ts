import { porterStem } from './porter-stem.js';

/**
 * How the full-text index sees a written word: folded as FTS5's unicode61 tokenizer with
 * `remove_diacritics 2` folds it (lower case, no diacritics), then Porter-stemmed as its `porter`
 * tokenizer stems it. Search highlighting and passage matching use these so they mark exactly the
 * words the index matched ("ferry" finds "ferries", "ferried").
 */

/** Folds a token as unicode61 with remove_diacritics 2 does: lower case, no diacritics. */
export function foldToken(token: string): string {
  // Fast path: plain ASCII only needs lower-casing.
  return /^[\x00-\x7f]*$/.test(token)
    ? token.toLowerCase()
    : token
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
}

/** The index term of one word token (letters, digits and marks only). */
export function indexTerm(token: string): string {
  return porterStem(foldToken(token));
}

/**
 * A beginning shared by every word whose index term is `term`: the term without its last two
 * characters (at least one). The Porter steps only ever change the last two characters of what
 * they keep ("possibility" → "possible" → "poss", "happy" → "happi"), so a word always starts with
 * this; looking for it first finds candidate words without stemming every word of a text.
 */
export function termRoot(term: string): string {
  const chars = [...term];
  return chars.slice(0, Math.max(1, chars.length - 2)).join('');
}

/** Remembers the index terms of words already seen (texts repeat their words a great deal). */
export class IndexTermCache {
  private readonly terms = new Map<string, string>();

  constructor(private readonly maxEntries = 50_000) {}

  of(token: string): string {
    let term = this.terms.get(token);
    if (term === undefined) {
      term = indexTerm(token);
      if (this.terms.size >= this.maxEntries) this.terms.clear();
      this.terms.set(token, term);
    }
    return term;
  }
}
