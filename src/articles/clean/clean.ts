import { isBoilerplateLine } from './boilerplate.js';
import { outletFromCopyright } from './copyright.js';
import { isHeadlineRepeat } from './headline.js';
import { splitLines } from './normalize.js';

/** Options for {@link cleanText}. */
export interface CleanOptions {
  /** The known headline: a repeat of it among the first paragraphs is removed. */
  title?: string | null;
}

/** The cleaned body and what cleaning learned on the way. */
export interface CleanResult {
  /** Normalised text, paragraphs separated by exactly one blank line. */
  text: string;
  /** Publisher named by a removed copyright line, if any. */
  outlet: string | null;
  /** The lines removed, in order (for logs and tests). */
  removed: string[];
}

// A repeated headline is only looked for near the top, where pages put it.
const HEADLINE_WINDOW = 3;

/** Normalises whitespace and removes page boilerplate (applied to every input format). */
export function cleanText(input: string, options: CleanOptions = {}): CleanResult {
  const removed: string[] = [];
  let outlet: string | null = null;
  const kept: string[] = [];
  for (const line of splitLines(input)) {
    if (isBoilerplateLine(line)) {
      // The copyright line is the only place some pages name their publisher: read it first.
      outlet ??= outletFromCopyright(line);
      removed.push(line);
    } else {
      kept.push(line);
    }
  }
  const title = options.title?.trim();
  if (title) {
    // Pages may show the headline twice (page title and article heading): remove every copy.
    for (let i = Math.min(HEADLINE_WINDOW, kept.length) - 1; i >= 0; i--) {
      if (isHeadlineRepeat(kept[i]!, title)) removed.push(...kept.splice(i, 1));
    }
  }
  return { text: kept.join('\n\n'), outlet, removed };
}
