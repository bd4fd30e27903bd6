/**
 * Scores text and metadata extracted from a page against what the page should give: word-level
 * recall and precision of the article text, and title, outlet, byline and date agreement.
 */

/** Words of a text for comparison: letters and digits, lower case; each CJK character is a word. */
export function comparableWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(m[0])) out.push(...m[0]);
    else out.push(m[0]);
  }
  return out;
}

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[\p{L}\p{N}\p{M}]+/gu;

/** How many words of `a` are also in `b`, counting each occurrence once (multiset intersection). */
export function sharedWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared;
}

export interface TextScore {
  expectedWords: number;
  extractedWords: number;
  recall: number;
  precision: number;
  /** Our paragraphs whose words are mostly not in the expected text (navigation, credits, teasers). */
  extra: string[];
  /** Expected paragraphs whose words are mostly missing from ours. */
  missed: string[];
}

/** Word-level recall and precision of extracted text against the expected text. */
export function scoreText(expected: string, extracted: string): TextScore {
  const want = comparableWords(expected);
  const got = comparableWords(extracted);
  const shared = sharedWords(got, want);
  return {
    expectedWords: want.length,
    extractedWords: got.length,
    recall: want.length === 0 ? 1 : shared / want.length,
    precision: got.length === 0 ? (want.length === 0 ? 1 : 0) : shared / got.length,
    extra: strayParagraphs(extracted, want),
    missed: strayParagraphs(expected, got),
  };
}

/** Paragraphs of `text` of which less than half the words occur in `other`. */
function strayParagraphs(text: string, other: readonly string[]): string[] {
  const pool = new Set(other);
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => {
      const words = comparableWords(p);
      return words.length > 0 && words.filter((w) => pool.has(w)).length < words.length / 2;
    });
}

/** Whitespace collapsed, as a title or name is shown. */
export function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Names compared case-insensitively, a leading "By" and anything after a line break ignored. */
export function sameName(expected: string, got: string | null): boolean {
  const norm = (s: string) =>
    squash(s.split('\n')[0])
      .replace(/^by:?\s+/i, '')
      .toLowerCase();
  return got !== null && norm(expected) === norm(got);
}

/**
 * The same moment, in the same time zone when the expected value names one (`Z` and `+00:00`
 * are both UTC). A value given to the second matches one given to the millisecond.
 */
export function sameMoment(expected: string, got: string | null): boolean {
  if (got === null) return false;
  const a = Date.parse(expected);
  const b = Date.parse(got);
  if (Number.isNaN(a) || Number.isNaN(b) || Math.floor(a / 1000) !== Math.floor(b / 1000)) return false;
  return zoneOf(expected) === null || zoneOf(expected) === zoneOf(got);
}

function zoneOf(value: string): string | null {
  const m = /(Z|[+-]\d{2}:?\d{2})$/i.exec(value.trim());
  if (!m) return null;
  const zone = m[1]!.toUpperCase().replace(':', '');
  return zone === 'Z' || zone === '+0000' || zone === '-0000' ? 'UTC' : zone;
}
