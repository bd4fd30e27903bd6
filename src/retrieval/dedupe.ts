import type { Article } from '../articles/article.js';
import { words } from './terms.js';
import type { RetrievedPassage } from './types.js';

/** Word-trigram Jaccard at or above which two paragraphs count as the same words (syndicated copy, light edit). */
const NEAR_DUPLICATE = 0.8;
const MAX_POSTINGS = 64;

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
    .map((p, i) => ({ p, i, a: articles.get(p.articleId)! }))
    .sort((x, y) => Number(y.p.pinned) - Number(x.p.pinned) || byPublication(x.a, y.a) || x.i - y.i);
  // Kept passages indexed by trigram, so a long pinned article does not make this quadratic.
  const kept: Array<{ p: RetrievedPassage; size: number }> = [];
  const byShingle = new Map<string, number[]>();
  const exactKeys = new Set<string>();
  for (const { p, a } of order) {
    const w = words(a.text.slice(p.start, p.end));
    const exact = w.join(' ');
    const shingles = trigrams(w);
    if (!p.pinned && (exactKeys.has(exact) || nearDuplicate(p, shingles, kept, byShingle))) continue;
    const index = kept.push({ p, size: shingles.size }) - 1;
    for (const s of shingles) {
      const list = byShingle.get(s);
      if (list) list.push(index);
      else byShingle.set(s, [index]);
    }
    if (exact.length > 0) exactKeys.add(exact);
  }
  const survivors = new Set(kept.map((k) => k.p));
  return passages.filter((p) => survivors.has(p));
}

function byPublication(a: Article, b: Article): number {
  // Unknown dates sort last: a dated original is the better source to cite.
  const da = a.publishedAt ?? '\uffff';
  const db = b.publishedAt ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.ingestedAt < b.ingestedAt ? -1 : a.ingestedAt > b.ingestedAt ? 1 : 0;
}

function trigrams(w: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (w.length < 3) out.add(w.join(' '));
  for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

function nearDuplicate(
  p: RetrievedPassage,
  shingles: Set<string>,
  kept: ReadonlyArray<{ p: RetrievedPassage; size: number }>,
  byShingle: ReadonlyMap<string, number[]>,
): boolean {
  const shared = new Map<number, number>();
  for (const s of shingles) {
    const postings = byShingle.get(s) ?? [];
    // A trigram shared by very many paragraphs (a template line repeated through a long log) says
    // nothing about which one this copies; true copies share plenty of rarer ones.
    if (postings.length > MAX_POSTINGS) continue;
    for (const k of postings) shared.set(k, (shared.get(k) ?? 0) + 1);
  }
  for (const [k, n] of shared) {
    const other = kept[k]!;
    if (other.p.articleId !== p.articleId && n / (other.size + shingles.size - n) >= NEAR_DUPLICATE) return true;
  }
  return false;
}
