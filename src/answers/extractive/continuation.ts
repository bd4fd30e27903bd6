import type { Span } from '../../articles/article.js';
import { paragraphSpans } from '../../articles/passages.js';
import { sentenceSpans } from '../../articles/sentences.js';

// A sentence that continues the previous one's event by pointing back at it: "During this visit,
// Kim gave Shoigu a tour…" happened in the same July as the visit the sentence before dated.
const POINTS_BACK =
  /^(?:during|at|on|after|at the end of|in the course of)\s+(?:this|that|the|these|those)\s+(?:visit|visits|trip|meeting|meetings|talks|summit|tour|session|hearing|call|conversation|exchange|ceremony|flight|event)\b/i;

/**
 * Extends an event sentence's span over the next sentence of the same paragraph when that sentence
 * only continues the same event (it opens by pointing back at it) and carries no date of its own.
 * The result is one contiguous span of the stored text, so the citation stays exact.
 */
export function withContinuation(text: string, sentence: Span, datedStarts: ReadonlySet<number>): Span {
  const paragraph = paragraphSpans(text).find((p) => p.start <= sentence.start && sentence.end <= p.end);
  if (!paragraph) return sentence;
  const next = sentenceSpans(text.slice(paragraph.start, paragraph.end))
    .map((s) => ({ start: s.start + paragraph.start, end: s.end + paragraph.start }))
    .find((s) => s.start >= sentence.end);
  if (!next || datedStarts.has(next.start)) return sentence;
  return POINTS_BACK.test(text.slice(next.start, next.end))
    ? { start: sentence.start, end: next.end }
    : sentence;
}
