import type { Article, Span } from '../../articles/article.js';
import { paragraphSpans } from '../../articles/passages.js';
import { extractAttributions, type Attribution } from '../attribution/index.js';
import type { PassageIndex } from './passage-sentences.js';
import { shiftSpan } from './spans.js';

/** Paragraphs of context read before a passage, so "He said" and "the spokesman" resolve. */
const CONTEXT_PARAGRAPHS = 3;

/**
 * Attributions of an article that touch its retrieved passages. A pinned article is read whole; a
 * search hit is read from a few paragraphs before each of its passages to one after — enough
 * for "He said" and "the spokesman" to resolve to the name introduced just before, without reading
 * every word of twenty articles to answer one question.
 */
export function passageAttributions(article: Article, index: PassageIndex, pinned: boolean): Attribution[] {
  const windows = pinned ? [{ start: 0, end: article.text.length }] : contextWindows(article, index);
  const out: Attribution[] = [];
  for (const w of windows) {
    const text = article.text.slice(w.start, w.end);
    for (const a of extractAttributions({ text, title: article.title })) {
      const shifted = { ...a, quoteSpan: shiftSpan(a.quoteSpan, w.start), evidenceSpan: shiftSpan(a.evidenceSpan, w.start) };
      if (index.overlaps(article.id, shifted.evidenceSpan)) out.push(shifted);
    }
  }
  return out;
}

function contextWindows(article: Article, index: PassageIndex): Span[] {
  const paragraphs = paragraphSpans(article.text);
  const windows: Span[] = [];
  paragraphs.forEach((p, i) => {
    if (!index.overlaps(article.id, p)) return;
    const start = paragraphs[Math.max(0, i - CONTEXT_PARAGRAPHS)]!.start;
    // One paragraph after, so a quotation that runs on past the passage is read to its close.
    const end = paragraphs[Math.min(paragraphs.length - 1, i + 1)]!.end;
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  });
  return windows;
}
