/**
 * The only normalisation allowed when checking that a quote is verbatim: whitespace runs, quotation
 * mark variants and dash variants. Letters, digits and other punctuation must match exactly.
 */
export function normalizeForQuote(s: string): string {
  return s
    .replace(/[“”„‟"″]/g, '"')
    .replace(/[‘’‚‛'′]/g, "'")
    .replace(/[‐‑‒–—―-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `needle` occurs in `haystack` after quote normalisation on both sides. */
export function containsVerbatim(haystack: string, needle: string): boolean {
  const n = normalizeForQuote(needle);
  return n.length > 0 && normalizeForQuote(haystack).includes(n);
}
