import type { Database, Statement } from 'better-sqlite3';
import { broadPrefix, prefixFamily, tokenForTerm } from './prefix.js';

/** A typed beginning ready for FTS5 and for highlighting. */
export interface PrefixMatch {
  /** The FTS5 expression; null when no stored word can be in the family. */
  fts: string | null;
  /** Index terms beginning with this match… */
  beginning: string;
  /** …and these shorter ones. */
  short: string[];
}

// Beyond this many index terms a beginning is searched with one (wider) FTS5 prefix query.
const MAX_TERMS = 32;
const MAX_CACHED = 1_000;

const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;

/**
 * Turns a typed beginning into an FTS5 expression over the stemmed index that matches its word
 * family exactly (see prefixFamily). FTS5 stems a prefix token before matching, which can widen
 * it a great deal ("tansy*" would be searched as "tan*"), so the family's terms are listed — the
 * stored ones beginning as typed from the index vocabulary, the shorter ones from stemming — and
 * searched as exact terms, each through a word the index stems into it. When there are too many,
 * or a stored term has no such word, one FTS5 prefix query covering the family is used instead.
 * Answers are kept only until the store next changes: a term added since would be missed.
 */
export class PrefixTerms {
  private readonly range: Statement<[string, string], { term: string }>;
  private readonly version: Statement<[], { value: number }>;
  // Answers for the store as it was at `cachedAt`: any write since may add terms, so it empties the cache.
  private readonly cache = new Map<string, PrefixMatch>();
  private cachedAt = -1;

  constructor(db: Database) {
    this.range = db.prepare(
      `SELECT term FROM articles_vocab WHERE term >= ? AND term < ? LIMIT ${MAX_TERMS + 1}`,
    );
    this.version = db.prepare("SELECT value FROM store_meta WHERE key = 'version'");
  }

  match(typed: string): PrefixMatch {
    const version = this.version.get()?.value ?? 0;
    if (version !== this.cachedAt || this.cache.size >= MAX_CACHED) {
      this.cache.clear();
      this.cachedAt = version;
    }
    let found = this.cache.get(typed);
    if (!found) {
      found = this.lookUp(typed);
      this.cache.set(typed, found);
    }
    return found;
  }

  private lookUp(typed: string): PrefixMatch {
    const family = prefixFamily(typed);
    const stored = this.range.all(typed, `${typed}\u{10ffff}`).map((r) => tokenForTerm(r.term));
    const tokens = [...stored, ...family.short.values()];
    if (tokens.length <= MAX_TERMS && tokens.every((t): t is string => t !== null)) {
      return {
        fts: tokens.length === 0 ? null : `(${tokens.map(quote).join(' OR ')})`,
        beginning: typed,
        short: [...family.short.keys()],
      };
    }
    const broad = broadPrefix(family);
    return { fts: `${quote(broad.token)}*`, beginning: broad.stem, short: [] };
  }
}
