/**
 * Headline helpers: scraped pages often repeat the headline as the first body paragraph, or give
 * it with a tag list ("Kim meets Putin | Kim Jong Un | North Korea").
 */

/** Removes a trailing " | tag | tag" list from a headline line; other lines are returned as they are. */
export function stripTagList(line: string): string {
  const parts = line.split(/\s+\|\s+/);
  if (parts.length < 2) return line;
  const tags = parts.slice(1);
  const looksLikeTags = tags.every((t) => t.length > 0 && t.length <= 40 && t.split(/\s+/).length <= 5);
  return looksLikeTags ? parts[0]!.trim() : line;
}

// Printable ASCII but the backtick, which is folded to an apostrophe below.
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** A form of a headline for comparison: case, quote style, spacing and end punctuation ignored. */
export function headlineKey(value: string): string {
  // Such text is its own NFKC form and has no quotes or dashes to fold.
  if (PLAIN_ASCII.test(value))
    return value
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/[\s.:!]+$/, '')
      .trim();
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:!]+$/, '')
    .trim();
}

/** Whether a body line is the headline again (possibly with a tag list). */
export function isHeadlineRepeat(line: string, title: string): boolean {
  return headlineMatcher(title)(line);
}

/** {@link isHeadlineRepeat} for one title and many lines: the title's key is computed once. */
export function headlineMatcher(title: string): (line: string) => boolean {
  const key = headlineKey(title);
  if (key.length === 0) return () => false;
  return (line) => {
    if (headlineKey(line) === key) return true;
    const stripped = stripTagList(line);
    // Without a tag list the line is unchanged and its key was just compared.
    return stripped !== line && headlineKey(stripped) === key;
  };
}
