import type { Span } from '../../articles/article.js';
import { paragraphSpans } from '../../articles/passages.js';
import { sentenceSpans } from '../../articles/sentences.js';
import type { QuotePiece } from './quotes.js';

/** A sentence, or several sentences joined because one quotation runs across them. */
export interface Unit extends Span {
  index: number;
  paragraph: number;
}

/**
 * Reading units: sentences, merged where a quotation crosses a sentence boundary
 * (`"We will act. And soon," Kirby said.` is one unit), so a cue and its quotation meet.
 */
export function buildUnits(text: string, pieces: readonly QuotePiece[]): Unit[] {
  const paras = paragraphSpans(text);
  const sentences = sentenceSpans(text).flatMap((s) => splitAfterAbbreviation(text, s));
  const merged: Span[] = [];
  let pi = 0;
  for (const s of sentences) {
    const prev = merged[merged.length - 1];
    while (pi < pieces.length && pieces[pi]!.outer.end <= s.start) pi++;
    // A quotation that started in the previous unit and is still open at this sentence's start.
    const crossing =
      prev !== undefined &&
      pieces
        .slice(Math.max(0, pi - 1), pi + 2)
        .some((q) => q.outer.start < prev.end && q.outer.end > s.start && q.outer.start >= prev.start);
    if (prev !== undefined && crossing) prev.end = s.end;
    else merged.push({ ...s });
  }
  const out: Unit[] = [];
  let p = 0;
  for (const s of merged) {
    while (p < paras.length - 1 && paras[p]!.end <= s.start) p++;
    out.push({ start: s.start, end: s.end, index: out.length, paragraph: p });
  }
  return out;
}

/** The unit containing `pos` (binary search), or the last unit starting before it. */
export function unitAt(units: readonly Unit[], pos: number): Unit | undefined {
  let lo = 0;
  let hi = units.length - 1;
  let best: Unit | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid]!;
    if (u.start <= pos) {
      best = u;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

// "… from the U.S. The deal …": sentenceSpans keeps "U.S." inside a sentence; a following
// sentence-opening word shows the sentence did end there.
const ABBREVIATION_END =
  /\b(?:U\.S|U\.K|U\.N|D\.C)\.\s+(?=(?:The|He|She|It|They|We|I|But|In|A|An|This|That|Its|His|Her|Their|There|When|After|Before|On|At|As|Meanwhile|However)\b)/g;

function splitAfterAbbreviation(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  const slice = text.slice(s.start, s.end);
  ABBREVIATION_END.lastIndex = 0;
  for (let m = ABBREVIATION_END.exec(slice); m !== null; m = ABBREVIATION_END.exec(slice)) {
    const dotEnd = s.start + m.index + m[0].trimEnd().length;
    out.push({ start, end: dotEnd });
    start = s.start + m.index + m[0].length;
  }
  out.push({ start, end: s.end });
  return out;
}
