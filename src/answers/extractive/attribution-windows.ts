import type { Article, Span } from '../../articles/article.js';
import { paragraphSpans } from '../../articles/passages.js';
import { extractAttributions, type Attribution } from '../attribution/index.js';
import type { PassageIndex } from './passage-sentences.js';

/** Above this length, an unpinned article is read only around its retrieved passages. */
const WHOLE_TEXT_LIMIT = 20_000;
/** Paragraphs of context read before a passage, so "He said" and "the spokesman" resolve. */
const CONTEXT_PARAGRAPHS = 4;

/**
 * Attributions of an article that touch its retrieved passages. Pinned and ordinary-length articles
 * are read whole (pronouns and roles need the earlier paragraphs); a very long unpinned article is
 * read in windows of a few paragraphs before each passage, so one huge hit cannot stall an answer.
 */
export function passageAttributions(article: Article, index: PassageIndex, pinned: boolean): Attribution[] {
  const windows = pinned || article.text.length <= WHOLE_TEXT_LIMIT ? [{ start: 0, end: article.text.length }] : contextWindows(article, index);
  const out: Attribution[] = [];
  for (const w of windows) {
    const text = article.text.slice(w.start, w.end);
    for (const a of extractAttributions({ text, title: article.title })) {
      const shifted = { ...a, quoteSpan: shift(a.quoteSpan, w.start), evidenceSpan: shift(a.evidenceSpan, w.start) };
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
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = p.end;
    else windows.push({ start, end: p.end });
  });
  return windows;
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
