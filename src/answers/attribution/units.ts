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
  const sentences = sentenceSpans(text);
  const merged: Span[] = [];
  let pi = 0;
  for (const s of sentences) {
    const prev = merged[merged.length - 1];
    while (pi < pieces.length && pieces[pi]!.outer.end <= s.start) pi++;
    // A quotation that started in the previous unit and is still open at this sentence's start.
    const crossing = prev !== undefined && pieces.slice(Math.max(0, pi - 1), pi + 2)
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
    if (u.start <= pos) { best = u; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}
