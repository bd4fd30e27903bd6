import type { Span } from '../articles/article.js';
import { contentTerms } from './terms.js';

/** A paragraph with its content terms, ready to score. */
export interface Paragraph extends Span {
  articleId: string;
  terms: Set<string>;
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

/** Content terms of a span, as a set. */
export function spanTerms(text: string, span: Span): Set<string> {
  return new Set(contentTerms(text.slice(span.start, span.end)));
}
