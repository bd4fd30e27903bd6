// Anything beyond ASCII may carry a diacritic or combining mark.
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A text with its diacritics and combining marks removed (NFD, then every mark dropped), as the
 * query parser folds each word (`normalizeToken`): what the full-text column is built from, so
 * "Millbrook" is found by "MÍLLBROOK" and "café" typed with a combining accent by "cafe". Returns
 * null when folding changes nothing (plain ASCII), so the text need not be sent twice.
 */
export function foldForSearch(text: string): string | null {
  if (!NON_ASCII.test(text)) return null;
  const folded = text.normalize('NFD').replace(/\p{M}+/gu, '');
  return folded === text ? null : folded;
}
