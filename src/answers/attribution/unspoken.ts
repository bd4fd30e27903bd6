import type { CueRecord, ReadContext } from './context.js';
import { onlyForSources, type CueMatch } from './cues.js';
import type { QuotePiece } from './quotes.js';
import type { Unit } from './units.js';

/*
 * Quotations whose speaker is someone other than the cue's would-be speaker: after a cue whose own
 * speaker is unknown or negated, after "with X calling", or outside the parentheses holding a cue.
 */

const NEGATED = /\b(?:not|never|n't)\s+(?:(?:yet|publicly|actually|explicitly)\s+)?$/;

/** A cue inside parentheses governs only what is inside them: "(… what Wilson once testified …)". */
export function withinParentheses(ctx: ReadContext, r: CueRecord): CueRecord {
  const before = ctx.text.slice(r.unit.start, r.regionStart);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return r;
  const close = ctx.text.indexOf(')', r.regionStart);
  return close < 0 || close >= r.regionEnd ? r : { ...r, regionEnd: close };
}

/** What a cue without a speaker still tells about the quotations near it. */
export function markUnread(ctx: ReadContext, u: Unit, c: CueMatch, unspoken: Set<QuotePiece>): void {
  const { text } = ctx;
  const later = (): void => {
    for (const p of ctx.pieces) if (p.outer.start > c.end && p.outer.start < u.end) unspoken.add(p);
  };
  // "… though officials have not said the bureau is "reopening" it": nobody said those words.
  if (!c.participle && NEGATED.test(text.slice(Math.max(u.start, c.start - 24), c.start))) later();
  else if (!c.participle && !onlyForSources(c.base)) markUnspoken(ctx, c, unspoken);
  // "…, with the former secretary calling the move "…"": not the main speaker's words.
  else if (c.participle && /\bwith\s+\S[^,;]{0,60}$/.test(text.slice(u.start, c.start))) later();
}

/**
 * A cue whose speaker could not be resolved still tells that the quotation next to it has a speaker
 * of its own: `someone near the stage shouted "Gun!"`, `"It is a disaster," the senator replied`.
 * Such a quotation is not handed to another speaker by the paragraph rules.
 */
function markUnspoken(ctx: ReadContext, c: CueMatch, unspoken: Set<QuotePiece>): void {
  const { text } = ctx;
  const after = firstPieceFrom(ctx, c.end);
  if (
    !c.needsThat &&
    after !== undefined &&
    after.outer.start - c.end < 8 &&
    /^[\s,:]*$/.test(text.slice(c.end, after.outer.start))
  )
    unspoken.add(after);
  const before = pieceEndingBefore(ctx, c.start);
  const between = before === undefined ? '' : text.slice(before.outer.end, c.start);
  // `"…," the governor replied`: speaker words (a name or a determiner first) between quotation and cue;
  // after `"… fundamentally sound." Her office said`, a new sentence.
  if (
    before !== undefined &&
    !/\.$/.test(ctx.text.slice(before.inner.start, before.inner.end)) &&
    between.length < 60 &&
    !between.includes('\n') &&
    /^[ ,—–-]*(?:the|a|an|his|her|their|its|\p{Lu})[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,5} $/u.test(between) &&
    !/ (?:and|but|or|then|while)\b/.test(between)
  )
    unspoken.add(before);
}

/** The last quotation piece ending at or before `pos`. */
function pieceEndingBefore(ctx: ReadContext, pos: number): QuotePiece | undefined {
  const i = ctx.pieces.indexOf(firstPieceFrom(ctx, pos)!);
  const upto = i < 0 ? ctx.pieces.length : i;
  for (let k = upto - 1; k >= 0 && k >= upto - 3; k--)
    if (ctx.pieces[k]!.outer.end <= pos) return ctx.pieces[k];
  return undefined;
}

/** The first quotation piece opening at or after `pos`. */
function firstPieceFrom(ctx: ReadContext, pos: number): QuotePiece | undefined {
  let lo = 0;
  let hi = ctx.pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.pieces[mid]!.outer.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return ctx.pieces[lo];
}
