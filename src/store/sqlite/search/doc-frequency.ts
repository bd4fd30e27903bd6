import type { Database, Statement } from 'better-sqlite3';
import type { QueryElement } from './plan.js';

// Counts only steer the plan, so a slightly stale cache is fine; it is dropped after this many writes.
const STALE_AFTER_WRITES = 500;
const MAX_ENTRIES = 10_000;

/**
 * Per-term document counts from the fts5vocab table, cached. A prefix counts the documents of
 * every term of its family (an upper bound); a phrase counts its rarest term.
 */
export class DocFrequencies {
  private readonly cache = new Map<string, number>();
  private cachedAt = -1;
  private readonly termStmt: Statement<[string], { doc: number }>;
  private readonly rangeStmt: Statement<[string, string], { doc: number | null }>;
  private readonly versionStmt: Statement<[], { value: number }>;
  private readonly countStmt: Statement<[], number>;
  private total: number | undefined;

  constructor(db: Database) {
    this.termStmt = db.prepare('SELECT doc FROM articles_vocab WHERE term = ?');
    this.rangeStmt = db.prepare('SELECT sum(doc) AS doc FROM articles_vocab WHERE term >= ? AND term < ?');
    this.versionStmt = db.prepare("SELECT value FROM store_meta WHERE key = 'version'");
    this.countStmt = db.prepare('SELECT count(*) FROM articles').pluck() as Statement<[], number>;
  }

  /** Call once per search: drops the cache when the store changed a lot since it was filled. */
  refresh(): void {
    const version = this.versionStmt.get()?.value ?? 0;
    if (Math.abs(version - this.cachedAt) > STALE_AFTER_WRITES || this.cache.size > MAX_ENTRIES) {
      this.cache.clear();
      this.total = undefined;
      this.cachedAt = version;
    }
  }

  /** Articles stored (cached like the counts). */
  articles(): number {
    this.total ??= this.countStmt.get() ?? 0;
    return this.total;
  }

  /** Counted by index terms: the vocabulary holds stems. */
  of(element: QueryElement): number {
    if (element.kind === 'prefix')
      return (element.short ?? []).reduce((sum, t) => sum + this.term(t), this.prefix(element.terms[0]!));
    return Math.min(...element.terms.map((t) => this.term(t)));
  }

  private term(token: string): number {
    let n = this.cache.get(token);
    if (n === undefined) {
      n = this.termStmt.get(token)?.doc ?? 0;
      this.cache.set(token, n);
    }
    return n;
  }

  private prefix(token: string): number {
    const key = `${token}*`;
    let n = this.cache.get(key);
    if (n === undefined) {
      n = this.rangeStmt.get(token, `${token}\u{10ffff}`)?.doc ?? 0;
      this.cache.set(key, n);
    }
    return n;
  }
}
