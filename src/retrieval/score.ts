import type { Span } from '../articles/article.js';
import { IndexTermCache, indexTerm, termRoot } from '../articles/index-terms.js';

/** A paragraph with the query terms it contains, ready to score. */
export interface Paragraph extends Span {
  articleId: string;
  terms: Set<string>;
}

/**
 * Finds which query terms (stems from `contentTerms`) occur in each paragraph of a text, in one
 * regular-expression pass over the text rather than tokenising every paragraph of every hit.
 * A stem matches its common inflections ("talk" → talks, talked, talking; "policy" → policies)
 * and every word the full-text index stems alike ("ferry" → ferried, "negotiation" →
 * negotiating), so the paragraphs a search hit was found by are the ones that score.
 */
export function queryTermsByParagraph(
  text: string,
  paragraphs: readonly Span[],
  terms: readonly string[],
): Set<string>[] {
  const out = paragraphs.map(() => new Set<string>());
  const unique = [...new Set(terms)];
  if (unique.length === 0 || paragraphs.length === 0) return out;
  const inflected = unique.map(
    (t) => `(${t.endsWith('y') && t.length > 3 ? `${escape(t.slice(0, -1))}(?:y|ies)` : escape(t)})`,
  );
  // Query terms by their index term, and the beginnings words with those index terms share.
  const byIndexTerm = new Map<string, string[]>();
  for (const t of unique) byIndexTerm.set(indexTerm(t), [...(byIndexTerm.get(indexTerm(t)) ?? []), t]);
  const roots = [...new Set([...byIndexTerm.keys()].map(termRoot))].map(escape);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${inflected.join('|')})(?:s|es|ed|d|ing|['’]s)?(?![\\p{L}\\p{N}])|(?:${roots.join('|')})[\\p{L}\\p{N}\\p{M}]*)`,
    'gu',
  );
  const lower = text.toLowerCase();
  const indexTerms = new IndexTermCache();
  let p = 0;
  for (const m of lower.matchAll(re)) {
    const at = m.index;
    while (p < paragraphs.length && paragraphs[p]!.end <= at) p++;
    if (p >= paragraphs.length) break;
    if (at < paragraphs[p]!.start) continue;
    const group = m.slice(1).findIndex((g) => g !== undefined);
    if (group >= 0) out[p]!.add(unique[group]!);
    else for (const t of byIndexTerm.get(indexTerms.of(m[0])) ?? []) out[p]!.add(t);
  }
  return out;
}

/**
 * Scores paragraphs against query terms: the idf-weighted share of the query's terms each
 * paragraph contains, in [0, 1]. Document frequencies come from the candidate paragraphs
 * themselves, so a term every paragraph shares ("Korea" in a Korea query) weighs little.
 */
export function scoreParagraphs(paragraphs: readonly Paragraph[], query: readonly string[]): number[] {
  const terms = [...new Set(query)];
  if (terms.length === 0) return paragraphs.map(() => 0);
  const n = paragraphs.length;
  const idf = terms.map((t) => {
    let df = 0;
    for (const p of paragraphs) if (p.terms.has(t)) df++;
    return Math.log(1 + (n + 1) / (df + 1));
  });
  const total = idf.reduce((a, b) => a + b, 0);
  return paragraphs.map((p) => {
    let sum = 0;
    terms.forEach((t, i) => {
      if (p.terms.has(t)) sum += idf[i]!;
    });
    return sum / total;
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
