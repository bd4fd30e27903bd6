import type { Span } from './article.js';

/**
 * Paragraph ranges of an article's clean text. Paragraphs are separated by a blank line; a
 * single newline inside a paragraph is kept (some sources separate paragraphs by one newline
 * only, so those also split). Ranges exclude the separating whitespace.
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Line by line with indexOf (this runs for every search hit): a regex match per line costs more.
  for (let from = 0; from < text.length;) {
    const newline = text.indexOf('\n', from);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = from;
    let end = lineEnd;
    while (start < end && SPACE.test(text[start]!)) start++;
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
    from = lineEnd + 1;
  }
  return spans;
}

const SPACE = /\s/;
