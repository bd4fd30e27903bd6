import type { Article, Span } from '../../articles/article.js';
import { sentenceSpans } from '../../articles/sentences.js';
import type { Retrieval, RetrievedPassage } from '../../retrieval/index.js';

/** A whole sentence inside a retrieved passage. */
export interface PassageSentence extends Span {
  article: Article;
  /** Rank of the article in the retrieval (0 = best). */
  articleRank: number;
  /** Index of the sentence in its article. */
  index: number;
  text: string;
  /** Score of the passage the sentence came from. */
  passageScore: number;
  pinned: boolean;
}

/** Retrieved passages per article, sorted, for fast containment and overlap tests on long articles. */
export class PassageIndex {
  private readonly byArticle = new Map<string, RetrievedPassage[]>();

  constructor(retrieval: Retrieval) {
    for (const p of retrieval.passages) {
      const list = this.byArticle.get(p.articleId) ?? [];
      list.push(p);
      this.byArticle.set(p.articleId, list);
    }
    for (const list of this.byArticle.values()) list.sort((a, b) => a.start - b.start);
  }

  /** The article's passages, in text order. */
  passagesOf(articleId: string): readonly RetrievedPassage[] {
    return this.byArticle.get(articleId) ?? [];
  }

  /** The passage that wholly contains the span, if any. */
  containing(articleId: string, span: Span): RetrievedPassage | undefined {
    const p = this.lastStartingAtOrBefore(articleId, span.start);
    return p && span.end <= p.end ? p : undefined;
  }

  /** Whether the span overlaps any passage of the article. */
  overlaps(articleId: string, span: Span): boolean {
    const list = this.byArticle.get(articleId) ?? [];
    const i = this.indexBefore(list, span.end); // last passage starting before span.end
    return i >= 0 && list[i]!.end > span.start;
  }

  private lastStartingAtOrBefore(articleId: string, at: number): RetrievedPassage | undefined {
    const list = this.byArticle.get(articleId) ?? [];
    const i = this.indexBefore(list, at + 1);
    return i >= 0 ? list[i] : undefined;
  }

  // Index of the last passage with start < limit, or -1. Passages do not overlap (paragraphs).
  private indexBefore(list: readonly RetrievedPassage[], limit: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** Every sentence that lies inside one of the retrieved passages, in article then text order. */
export function passageSentences(
  retrieval: Retrieval,
  index = new PassageIndex(retrieval),
): PassageSentence[] {
  const out: PassageSentence[] = [];
  retrieval.articles.forEach((article, articleRank) => {
    sentenceSpans(article.text).forEach((s, i) => {
      const p = index.containing(article.id, s);
      if (!p) return;
      out.push({
        ...s,
        article,
        articleRank,
        index: i,
        text: article.text.slice(s.start, s.end),
        passageScore: p.score,
        pinned: p.pinned,
      });
    });
  });
  return out;
}

/** Publication order for reading: dated articles by date, undated after them, ties by retrieval rank. */
export function readingOrder(
  a: { article: Article; articleRank: number },
  b: { article: Article; articleRank: number },
): number {
  const da = a.article.publishedAt ?? '\uffff';
  const db = b.article.publishedAt ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.articleRank - b.articleRank;
}
