import { isBoilerplateLine } from './boilerplate.js';
import { outletFromCopyright } from './copyright.js';
import { withoutCredit } from './credits.js';
import { headlineKey, headlineMatcher } from './headline.js';
import { splitLines } from './normalize.js';

/** Options for {@link cleanText}. */
export interface CleanOptions {
  /** The known headline: a repeat of it among the first paragraphs is removed. */
  title?: string | null;
  /** The known byline: a "By …" line near the top is removed (and read when no byline is known). */
  byline?: string | null;
}

/** The cleaned body and what cleaning learned on the way. */
export interface CleanResult {
  /** Normalised text, paragraphs separated by exactly one blank line. */
  text: string;
  /** Publisher named by a removed copyright line, if any. */
  outlet: string | null;
  /** Author named by a removed "By …" line near the top, if any. */
  byline: string | null;
  /** The lines removed, in order (for logs and tests). */
  removed: string[];
}

/** The paragraphs left after boilerplate lines are dropped. */
export interface CleanLines {
  kept: string[];
  removed: string[];
  /** Publisher named by a removed copyright line, if any. */
  outlet: string | null;
}

// A repeated headline or a byline is only looked for near the top, where pages put them.
const HEADLINE_WINDOW = 3;
/** "By Priya Nair", "By Leo Marsh and Ida Kwan": short, capitalised names only. */
const BYLINE_LINE =
  /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,|\s+and)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)$/u;

/** Normalises whitespace and removes page boilerplate (applied to every input format). */
export function cleanText(input: string, options: CleanOptions = {}): CleanResult {
  const lines = dropBoilerplate(input);
  const byline = dropTopMatter(lines, options);
  return { text: lines.kept.join('\n\n'), outlet: lines.outlet, byline, removed: lines.removed };
}

/** Normalises whitespace and drops boilerplate lines: the first half of {@link cleanText}. */
export function dropBoilerplate(input: string): CleanLines {
  const removed: string[] = [];
  let outlet: string | null = null;
  const kept: string[] = [];
  for (const whole of splitLines(input)) {
    // A caption keeps its words, not the photo credit glued to its end.
    const line = withoutCredit(whole);
    if (line !== whole) removed.push(whole.slice(line.length).trim());
    if (isBoilerplateLine(line)) {
      // The copyright line is the only place some pages name their publisher: read it first.
      outlet ??= outletFromCopyright(line);
      removed.push(line);
    } else {
      kept.push(line);
    }
  }
  return { kept, removed, outlet };
}

/**
 * The second half of {@link cleanText}: removes a repeated headline and a byline line among the
 * first kept lines (in place, adding them to `removed`) and returns the byline read, if any.
 * Boilerplate filtering is a function of each line alone, so kept lines need no second pass:
 * callers that re-clean part of a text (the headline taken from the body) call only this.
 */
export function dropTopMatter(
  lines: Pick<CleanLines, 'kept' | 'removed'>,
  options: CleanOptions = {},
): string | null {
  const { kept, removed } = lines;
  const title = options.title?.trim();
  if (title) {
    // Pages may show the headline twice (page title and article heading): remove every copy.
    const isRepeat = headlineMatcher(title);
    for (let i = Math.min(HEADLINE_WINDOW, kept.length) - 1; i >= 0; i--) {
      if (isRepeat(kept[i]!)) removed.push(...kept.splice(i, 1));
    }
  }
  const bylineKey = options.byline ? headlineKey(options.byline) : null;
  let byline: string | null = null;
  for (let i = Math.min(HEADLINE_WINDOW, kept.length) - 1; i >= 0; i--) {
    const line = kept[i]!;
    const match = line.length <= 100 ? BYLINE_LINE.exec(line) : null;
    if (match || (bylineKey !== null && headlineKey(line) === bylineKey)) {
      byline = match ? match[1]! : byline;
      removed.push(...kept.splice(i, 1));
    }
  }
  return byline;
}
