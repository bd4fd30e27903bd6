import type { Span } from '../../articles/article.js';
import type { CueMatch } from './cues.js';
import type { QuotePiece } from './quotes.js';
import type { Discourse, Entity } from './discourse.js';
import type { Unit } from './units.js';

/** One article being read: its text, quotations, units and cast. Passed down instead of globals. */
export interface ReadContext {
  text: string;
  pieces: readonly QuotePiece[];
  units: readonly Unit[];
  /** Opening-mark offset → end of that quotation (closing mark included). */
  quoteEnds: ReadonlyMap<number, number>;
  discourse: Discourse;
}

/** An attribution cue whose speaker was found: what it governs and how. */
export interface CueRecord {
  unit: Unit;
  cue: CueMatch | null;
  via: 'verb' | 'according' | 'as-by';
  entity: Entity;
  /** The speaker words in the text (empty span at the cue for participles). */
  np: Span;
  /** Where the attribution phrase starts (speaker words or cue, whichever first). */
  lead: number;
  /** The cue follows its speaker's quotation or clause: `"…," said Kirby` / `…, according to Kirby.` */
  inverted: boolean;
  /** Quotations starting in [regionStart, regionEnd) belong to this speaker. */
  regionStart: number;
  regionEnd: number;
  /** The reported clause when known up front (`according to`, `as stated by`, `…, said Kirby`). */
  clause: Span | null;
  /** The cue is inside a relative clause ("Smith, who said …, voted"): what it reports ends with that clause. */
  relative?: boolean;
}

/** True when `pos` lies strictly inside a quotation (between its marks). */
export function insideQuote(ctx: ReadContext, pos: number): boolean {
  const ps = ctx.pieces;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = ps[mid]!;
    if (pos <= q.outer.start) hi = mid - 1;
    else if (pos >= q.outer.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The quotation piece that ends last at or before `pos` within `[from, pos]`, if any. */
export function lastPieceEndBefore(ctx: ReadContext, from: number, pos: number): number {
  const ps = ctx.pieces;
  let lo = 0;
  let hi = ps.length - 1;
  let idx = -1; // last piece starting before pos
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid]!.outer.start < pos) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = idx; i >= 0; i--) {
    const q = ps[i]!;
    if (q.outer.end <= from) break;
    if (q.outer.end <= pos) return Math.max(from, q.outer.end);
  }
  return from;
}
