import type { Article, Span } from '../../articles/article.js';
import { paragraphSpans } from '../../articles/passages.js';
import { extractAttributions, type Attribution } from '../attribution/index.js';
import type { PassageIndex } from './passage-sentences.js';
import { shiftSpan } from './spans.js';

/** Paragraphs of context read before a passage, so "He said" and "the spokesman" resolve. */
const CONTEXT_PARAGRAPHS = 2;

/**
 * Attributions of an article that touch its retrieved passages. A pinned article is read whole; a
 * search hit is read from a few paragraphs before each of its passages (and on, while a quotation runs) — enough
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
    // A quotation still open at the end of the passage runs on: read the next paragraph too.
    const end = opensQuote(article.text.slice(p.start, p.end)) ? paragraphs[Math.min(paragraphs.length - 1, i + 1)]!.end : p.end;
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  });
  return windows;
}

// Curly marks tell an opening from a closing one; straight marks only pair up.
function opensQuote(text: string): boolean {
  const opening = (text.match(/[“«]/g) ?? []).length;
  const closing = (text.match(/[”»]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opening > closing || straight % 2 === 1;
}
