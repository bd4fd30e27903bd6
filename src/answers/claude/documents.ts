import type { Article, Span } from '../../articles/article.js';
import type { Retrieval } from '../../retrieval/index.js';

/**
 * Written between two passages of one article that are not adjacent in it. It is not article text,
 * so a citation that reaches into it is clipped to the passages on either side.
 */
export const PASSAGE_SEPARATOR = '\n\n[…]\n\n';

/** A stretch of a document's `data` that is a verbatim copy of the article's text. */
export interface DocSegment {
  docStart: number;
  docEnd: number;
  /** Offset in `article.text` of `data[docStart]`. */
  articleStart: number;
}

/** One article as sent to the model: only its selected passages, with the map back to the article. */
export interface SourceDocument {
  article: Article;
  /** The document's text: the selected passages, in article order. */
  data: string;
  /** Sorted, non-overlapping; everything outside them is separator. */
  segments: DocSegment[];
}

/**
 * One document per article, in retrieval order, carrying only the retrieved passages. Passages are
 * merged when they overlap, and joined by the article's own text when only whitespace lies between
 * them (adjacent paragraphs stay one exact copy); otherwise by `PASSAGE_SEPARATOR`.
 */
export function buildDocuments(retrieval: Retrieval): SourceDocument[] {
  const spans = new Map<string, Span[]>();
  for (const p of retrieval.passages) {
    const list = spans.get(p.articleId) ?? [];
    list.push({ start: p.start, end: p.end });
    spans.set(p.articleId, list);
  }
  const docs: SourceDocument[] = [];
  for (const article of retrieval.articles) {
    const list = spans.get(article.id);
    if (!list || list.length === 0) continue;
    docs.push(documentFor(article, mergeSpans(article.text, list)));
  }
  return docs;
}

function mergeSpans(text: string, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && (s.start <= last.end || /^\s*$/.test(text.slice(last.end, s.start))))
      last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function documentFor(article: Article, spans: Span[]): SourceDocument {
  let data = '';
  const segments: DocSegment[] = [];
  for (const s of spans) {
    if (data !== '') data += PASSAGE_SEPARATOR;
    segments.push({ docStart: data.length, docEnd: data.length + (s.end - s.start), articleStart: s.start });
    data += article.text.slice(s.start, s.end);
  }
  return { article, data, segments };
}

/**
 * Maps a document range `[start, end)` to exact article ranges: one per segment it touches, clipped
 * to the segment (so separator text is never mapped), trimmed of surrounding whitespace, empty
 * pieces dropped. A range inside one passage maps to exactly one range.
 */
export function mapToArticle(doc: SourceDocument, start: number, end: number): Span[] {
  const out: Span[] = [];
  const text = doc.article.text;
  for (const seg of doc.segments) {
    const s = Math.max(start, seg.docStart);
    const e = Math.min(end, seg.docEnd);
    if (e <= s) continue;
    let a = seg.articleStart + (s - seg.docStart);
    let b = seg.articleStart + (e - seg.docStart);
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

/** The document's context line: outlet, publication date and URL (the model resolves relative dates against the date). */
export function documentContext(article: Article): string {
  return [
    `Outlet: ${article.outlet ?? 'unknown'}`,
    `Published: ${article.publishedAt?.slice(0, 10) ?? 'unknown'}`,
    `URL: ${article.url ?? 'unknown'}`,
  ].join('\n');
}
