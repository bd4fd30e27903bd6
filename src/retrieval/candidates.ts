import type { Article, Span } from '../articles/article.js';
import { paragraphSpans } from '../articles/passages.js';
import { queryTermsByParagraph, scoreParagraphs, type Paragraph } from './score.js';
import { contentTerms } from './terms.js';
import type { RetrievedPassage } from './types.js';

/** A search hit (or story article) as retrieval weighs it. */
export interface Hit {
  article: Article;
  /** The store's score relative to the best hit, in (0, 1]. */
  weight: number;
  /** Paragraphs the store found matching, best first. */
  hinted: readonly Span[];
}

/**
 * Every paragraph of every pinned article, and each paragraph of a hit that the query touches,
 * scored by idf-weighted query-term coverage and the hit's own weight. When the query's terms match
 * nothing (a generic story question, an emoji), the store's own passages and each article's lead
 * stand in for relevance.
 */
export function candidatePassages(input: {
  query: string;
  pinned: readonly Article[];
  others: readonly Hit[];
}): RetrievedPassage[] {
  const qTerms = contentTerms(input.query);
  const candidates: Array<{
    para: Paragraph;
    pinned: boolean;
    weight: number;
    hinted: boolean;
    lead: boolean;
  }> = [];
  const add = (a: Article, pinned: boolean, weight: number, hinted: readonly Span[]): void => {
    const spans = paragraphSpans(a.text);
    const terms = queryTermsByParagraph(a.text, spans, qTerms);
    spans.forEach((s, i) => {
      const isHint = hinted.some((h) => h.start < s.end && s.start < h.end);
      candidates.push({
        para: { ...s, articleId: a.id, terms: terms[i]! },
        pinned,
        weight,
        hinted: isHint,
        lead: i === 0,
      });
    });
  };
  for (const a of input.pinned) add(a, true, 1, []);
  for (const h of input.others) add(h.article, false, h.weight, h.hinted);

  const lexical = scoreParagraphs(
    candidates.map((c) => c.para),
    qTerms,
  );
  const noSignal = candidates.every((c, i) => c.pinned || lexical[i] === 0);
  const out: RetrievedPassage[] = [];
  candidates.forEach((c, i) => {
    const base = noSignal ? (c.hinted ? 0.5 : c.lead ? 0.4 : 0.1) : lexical[i]!;
    const score = Math.max(base, c.hinted ? 0.25 : 0) * (c.pinned ? 1 : 0.5 + 0.5 * c.weight);
    if (c.pinned || score > 0)
      out.push({
        articleId: c.para.articleId,
        start: c.para.start,
        end: c.para.end,
        score,
        pinned: c.pinned,
      });
  });
  return out;
}
