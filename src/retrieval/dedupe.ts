import type { Article } from '../articles/article.js';
import { words } from './terms.js';
import type { RetrievedPassage } from './types.js';

/** Word-trigram Jaccard at or above which two paragraphs count as the same words (syndicated copy, light edit). */
const NEAR_DUPLICATE = 0.8;
/** A trigram shared by more kept paragraphs than this is a template line, not evidence of copying. */
const MAX_POSTINGS = 64;

interface Entry {
  p: RetrievedPassage;
  size: number;
  live: boolean;
}

/**
 * Kept paragraphs indexed by normalised text and word trigram, answering "does this paragraph
 * repeat (nearly) one already kept from another article?" without comparing every pair.
 */
export class NearDuplicateIndex {
  private readonly entries: Entry[] = [];
  private readonly byShingle = new Map<string, number[]>();
  private readonly exact = new Map<string, number>();

  constructor(private readonly articles: ReadonlyMap<string, Article>) {}

  /** The kept passage this one repeats (same or nearly the same words, another article), if any. */
  find(p: RetrievedPassage): RetrievedPassage | undefined {
    const { key, shingles } = this.features(p);
    const same = this.exact.get(key);
    if (same !== undefined && this.entries[same]!.live) return this.entries[same]!.p;
    const shared = new Map<number, number>();
    for (const s of shingles) {
      const postings = this.byShingle.get(s) ?? [];
      if (postings.length > MAX_POSTINGS) continue;
      for (const k of postings) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
    for (const [k, n] of shared) {
      const e = this.entries[k]!;
      if (e.live && e.p.articleId !== p.articleId && n / (e.size + shingles.size - n) >= NEAR_DUPLICATE)
        return e.p;
    }
    return undefined;
  }

  add(p: RetrievedPassage): void {
    const { key, shingles } = this.features(p);
    const index = this.entries.push({ p, size: shingles.size, live: true }) - 1;
    for (const s of shingles) {
      const list = this.byShingle.get(s);
      if (list) list.push(index);
      else this.byShingle.set(s, [index]);
    }
    if (key.length > 0) this.exact.set(key, index);
  }

  /** Forgets a kept passage (replaced by an earlier copy of the same words). */
  remove(p: RetrievedPassage): void {
    for (const e of this.entries) if (e.p === p) e.live = false;
  }

  private features(p: RetrievedPassage): { key: string; shingles: Set<string> } {
    const w = words(this.articles.get(p.articleId)!.text.slice(p.start, p.end));
    return { key: w.join(' '), shingles: trigrams(w) };
  }
}

/** Earlier publication first; unknown dates last (a dated original is the better source to cite). */
export function byPublication(a: Article, b: Article): number {
  const da = a.publishedAt ?? '\uffff';
  const db = b.publishedAt ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.ingestedAt < b.ingestedAt ? -1 : a.ingestedAt > b.ingestedAt ? 1 : 0;
}

/**
 * Collapses passages whose paragraph text is the same or nearly the same in two articles, keeping
 * the one from the earliest published article. Pinned passages are never dropped (they are answered
 * in full); an unpinned passage that repeats a kept one is.
 */
export function collapseNearDuplicates(
  passages: readonly RetrievedPassage[],
  articles: ReadonlyMap<string, Article>,
): RetrievedPassage[] {
  const order = passages
    .map((p, i) => ({ p, i }))
    .sort(
      (x, y) =>
        Number(y.p.pinned) - Number(x.p.pinned) ||
        byPublication(articles.get(x.p.articleId)!, articles.get(y.p.articleId)!) ||
        x.i - y.i,
    );
  const index = new NearDuplicateIndex(articles);
  const kept = new Set<RetrievedPassage>();
  for (const { p } of order) {
    if (!p.pinned && index.find(p)) continue;
    index.add(p);
    kept.add(p);
  }
  return passages.filter((p) => kept.has(p));
}

function trigrams(w: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (w.length < 3) out.add(w.join(' '));
  for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}
