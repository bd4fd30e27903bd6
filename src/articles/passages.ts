import type { Span } from './article.js';

/**
 * Paragraph ranges of an article's clean text. Paragraphs are separated by a blank line; a
 * single newline inside a paragraph is kept (some sources separate paragraphs by one newline
 * only, so those also split). Ranges exclude the separating whitespace.
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
