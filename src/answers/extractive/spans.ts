import type { Span } from '../../articles/article.js';

/** A span found in a slice of an article, moved to article offsets. */
export function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
