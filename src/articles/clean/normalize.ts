/**
 * Whitespace normalisation shared by every input format.
 *
 * The result has no BOM, only `\n` line ends, plain spaces instead of no-break spaces, no
 * control characters, and one paragraph per source line: lines are trimmed, empty lines
 * dropped, and the remaining lines joined by exactly one blank line (`\n\n`). Some sources
 * separate paragraphs by a single newline only (PolNeAR), so a single newline is a paragraph
 * break too; no sentence in our sources spans a line break.
 */
export function normalizeText(input: string): string {
  return splitLines(input).join('\n\n');
}

// Every character the replaces below touch (a BOM anywhere, though only a leading one is removed).

const SPECIAL = /[\uFEFF\r\f\v\u2028\u2029\u00A0\u202F\u0000-\u0008\u000E-\u001F\u007F-\u009F\t]/;

/** The non-empty, trimmed lines of a text after normalisation (one paragraph each). */
export function splitLines(input: string): string[] {
  // Most inputs hold none of the special characters: skip the whole-text replaces then.
  const text = SPECIAL.test(input) ? normalizeChars(input) : input;
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function normalizeChars(input: string): string {
  return (
    input
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\f\v\u2028\u2029]/g, '\n')
      .replace(/[\u00A0\u202F]/g, ' ')
      // Other C0/C1 controls carry no text; tabs become spaces.

      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '')
      .replace(/\t/g, ' ')
  );
}

/** Collapses runs of whitespace to one space (for titles, bylines and other one-line fields). */
export function oneLine(value: string): string {
  return value
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
