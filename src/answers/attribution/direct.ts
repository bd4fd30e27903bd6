import { paragraphSpans } from '../../articles/passages.js';
import type { CueRecord, ReadContext } from './context.js';
import type { QuotePiece } from './quotes.js';
import { tokenize } from './tokens.js';
import { unitAt } from './units.js';

/** A quotation piece and the cue that attributes it. */
export interface Assigned {
  piece: QuotePiece;
  record: CueRecord;
}

// Words before a quotation that make it a name, a title or a scare quote rather than speech.
const NAMING = new Set(
  `so-called dubbed called calls call calling known titled entitled named labeled labelled
  termed branded nicknamed coined word words term terms phrase slogan hashtag headline book film movie song album
  show series novel play essay program programme operation motto banner chant chanting sign signs reading read
  describing deemed dubbing labelling labeling nicknaming billed`.split(/\s+/),
);
const SMALL = /^(of|the|and|a|an|in|on|for|to|at|by|with|or|vs\.?|from)$/;

const GAP = /^[\s,;:—–-]*$/;

/** Attributes quotation pieces to cues: adjacent cue, the cue's clause, the paragraph, the quotation's other paragraphs. */
export function assignQuotes(ctx: ReadContext, records: readonly CueRecord[]): Assigned[] {
  const byPiece = new Map<QuotePiece, CueRecord>();
  const sorted = [...records].sort((a, b) => a.lead - b.lead);
  for (const piece of ctx.pieces) {
    const u = unitAt(ctx.units, piece.outer.start);
    if (u === undefined) continue;
    const next = sorted.find((r) => r.lead >= piece.outer.end && r.unit.paragraph === piece.paragraph);
    // `… "asleep at the wheel." The department said …`: a quotation that ends its sentence is not the
    // next sentence's speaker's.
    const endsSentence =
      /[.!?]$/.test(ctx.text.slice(piece.inner.start, piece.inner.end)) &&
      next !== undefined &&
      !next.inverted &&
      next.unit.index !== u.index;
    const titled = NAMING.has(
      tokenize(ctx.text, Math.max(u.start, piece.outer.start - 30), piece.outer.start)
        .at(-1)
        ?.text.toLowerCase() ?? '',
    );
    if (
      next !== undefined &&
      !endsSentence &&
      !titled &&
      GAP.test(ctx.text.slice(piece.outer.end, next.lead))
    ) {
      byPiece.set(piece, next);
      continue;
    }
    let best: CueRecord | null = null;
    for (const r of sorted) {
      if (r.unit.index === u.index && r.regionStart <= piece.outer.start && piece.outer.start < r.regionEnd) {
        // The innermost speech cue; but a belief is not speech: in `Podesta said the campaign believes she
        // "is going to win"` the quoted words are Podesta's.
        const belief = (x: CueRecord): boolean =>
          x.cue !== null && (x.cue.base === 'believe' || x.cue.base === 'think');
        if (best === null || (r.regionStart >= best.regionStart ? !belief(r) : belief(best))) best = r;
      }
    }
    // `Leeds was "trying too hard" to …, Gilberthorpe said`: a quotation inside a clause the cue closes.
    if (best === null)
      best =
        sorted.find(
          (r) =>
            r.clause !== null &&
            r.clause.start <= piece.outer.start &&
            piece.outer.end <= r.clause.end + 1 &&
            r.unit.index === u.index,
        ) ?? null;
    if (best !== null && !looksLikeName(ctx, piece, best)) byPiece.set(piece, best);
  }
  spreadOverGroups(ctx, byPiece);
  spreadToNextSentence(ctx, byPiece);
  spreadOverParagraphs(ctx, byPiece, sorted);
  spreadToQuoteParagraphs(ctx, byPiece, sorted);
  return ctx.pieces.flatMap((piece) => {
    const record = byPiece.get(piece);
    return record === undefined ? [] : [{ piece, record }];
  });
}

/** A scare quote, a nickname or a work's title inside a cue's clause. */
function looksLikeName(ctx: ReadContext, piece: QuotePiece, r: CueRecord): boolean {
  const { text } = ctx;
  const before = tokenize(text, Math.max(r.regionStart, piece.outer.start - 60), piece.outer.start).filter(
    (t) => t.text !== ',',
  );
  const directlyAfterCue =
    r.regionStart <= piece.outer.start &&
    /^[\s,:—–-]*(that\s*)?$/.test(text.slice(r.regionStart, piece.outer.start));
  if (directlyAfterCue) return false;
  const prev = before.at(-1)?.text.toLowerCase();
  if (prev !== undefined && NAMING.has(prev)) return true;
  // `"crooked" Marlow Tate`: a word or two in quotation marks right before a name is an epithet.
  const quoted = text.slice(piece.inner.start, piece.inner.end);
  if (
    /^\p{Ll}\S*(?:\s\S+)?$/u.test(quoted) &&
    !/[.,!?;:]$/.test(quoted) &&
    /^\s+\p{Lu}\p{Ll}/u.test(text.slice(piece.outer.end, piece.outer.end + 4))
  )
    return true;
  // Single quotes around a word or two inside a clause are scare quotes far more often than speech.
  if (piece.single && text.slice(piece.inner.start, piece.inner.end).split(/\s+/).length < 3) return true;
  // "known as", "billed as" name things; "described the plan as" quotes the describer.
  if (
    prev === 'as' &&
    /^(known|billed|referred|designated|listed|marketed|branded|titled|such)$/i.test(
      before.at(-2)?.text ?? '',
    )
  )
    return true;
  const words = text
    .slice(piece.inner.start, piece.inner.end)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const titleCase =
    words.length >= 2 &&
    words.length <= 10 &&
    words.every((w, i) => /^["'“‘(]?\p{Lu}/u.test(w) || (i > 0 && SMALL.test(w)));
  return titleCase;
}

function spreadOverGroups(ctx: ReadContext, byPiece: Map<QuotePiece, CueRecord>): void {
  const groupRecord = new Map<number, CueRecord>();
  for (const p of ctx.pieces) {
    const r = byPiece.get(p);
    if (r !== undefined && !groupRecord.has(p.group)) groupRecord.set(p.group, r);
  }
  for (const p of ctx.pieces) {
    const r = groupRecord.get(p.group);
    if (r !== undefined && !byPiece.has(p)) byPiece.set(p, r);
  }
}

/**
 * `"They call it efficiency," said Pena. "Our members call it exhaustion."`: a sentence that is only a
 * quotation goes on with the speaker of the quotation in the sentence just before it.
 */
function spreadToNextSentence(ctx: ReadContext, byPiece: Map<QuotePiece, CueRecord>): void {
  const byUnit = new Map<number, QuotePiece[]>();
  for (const q of ctx.pieces) {
    const at = unitAt(ctx.units, q.outer.start)?.index;
    if (at !== undefined) byUnit.set(at, [...(byUnit.get(at) ?? []), q]);
  }
  for (const p of ctx.pieces) {
    const u = unitAt(ctx.units, p.outer.start);
    if (byPiece.has(p) || u === undefined || u.start !== p.outer.start || u.index === 0) continue;
    if (!/^[\s.!?]*$/.test(ctx.text.slice(p.outer.end, u.end))) continue;
    const prev = ctx.units[u.index - 1]!;
    if (prev.paragraph !== u.paragraph) continue;
    const spoken = (byUnit.get(prev.index) ?? []).filter((q) => q.outer.end <= prev.end && byPiece.has(q));
    const last = spoken.at(-1);
    if (last === undefined || new Set(spoken.map((q) => byPiece.get(q)!.entity)).size !== 1) continue;
    byPiece.set(p, byPiece.get(last)!);
  }
}

/** Whole-sentence quotations in a paragraph whose only speaker is already known. */
function spreadOverParagraphs(
  ctx: ReadContext,
  byPiece: Map<QuotePiece, CueRecord>,
  records: readonly CueRecord[],
): void {
  const speakers = new Map<number, Set<unknown>>();
  const firstRecord = new Map<number, CueRecord>();
  const add = (para: number, r: CueRecord): void => {
    if (!speakers.has(para)) speakers.set(para, new Set());
    speakers.get(para)!.add(r.entity);
    if (!firstRecord.has(para)) firstRecord.set(para, r);
  };
  for (const r of records) add(r.unit.paragraph, r);
  for (const [p, r] of byPiece) add(p.paragraph, r);
  for (const p of ctx.pieces) {
    if (byPiece.has(p)) continue;
    const set = speakers.get(p.paragraph);
    const u = unitAt(ctx.units, p.outer.start);
    if (set === undefined || set.size !== 1 || u === undefined || u.start !== p.outer.start) continue;
    byPiece.set(p, firstRecord.get(p.paragraph)!);
  }
}

/** News convention: a paragraph that is only a quotation continues the previous paragraph's one speaker. */
function spreadToQuoteParagraphs(
  ctx: ReadContext,
  byPiece: Map<QuotePiece, CueRecord>,
  records: readonly CueRecord[],
): void {
  const paras = paragraphSpans(ctx.text);
  const piecesByPara = new Map<number, QuotePiece[]>();
  for (const p of ctx.pieces) {
    if (!piecesByPara.has(p.paragraph)) piecesByPara.set(p.paragraph, []);
    piecesByPara.get(p.paragraph)!.push(p);
  }
  const recordsByPara = new Map<number, CueRecord[]>();
  for (const r of records) {
    if (!recordsByPara.has(r.unit.paragraph)) recordsByPara.set(r.unit.paragraph, []);
    recordsByPara.get(r.unit.paragraph)!.push(r);
  }
  let chain = 0;
  for (let pi = 1; pi < paras.length; pi++) {
    const ps = piecesByPara.get(pi) ?? [];
    if (ps.length === 0 || ps.some((p) => byPiece.has(p)) || (recordsByPara.get(pi)?.length ?? 0) > 0) {
      chain = 0;
      continue;
    }
    const para = paras[pi]!;
    let outside = ctx.text.slice(para.start, para.end);
    for (const p of [...ps].reverse())
      outside = outside.slice(0, p.outer.start - para.start) + outside.slice(p.outer.end - para.start);
    if (!/^[\s.,;:!?—–-]*$/.test(outside)) {
      chain = 0;
      continue;
    }
    const prevRecords = [
      ...(recordsByPara.get(pi - 1) ?? []),
      ...(piecesByPara.get(pi - 1) ?? []).flatMap((p) => {
        const r = byPiece.get(p);
        return r === undefined ? [] : [r];
      }),
    ];
    const entities = new Set(prevRecords.map((r) => r.entity));
    if (entities.size !== 1 || chain >= 2) {
      chain = 0;
      continue;
    }
    const prevPara = paras[pi - 1]!;
    // "Ruhl pressed Holt on his clients. "…," she said." then a quoted paragraph: Holt's reply.
    const pressed = /\b(?:pressed|asked|questioned|quizzed|challenged)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(
      ctx.text.slice(prevPara.start, prevPara.end),
    );
    const speaker = prevRecords[prevRecords.length - 1]!.entity;
    if (pressed !== null && !speaker.nameTokens.includes(pressed[1]!)) {
      chain = 0;
      continue;
    }
    const lastUnit = unitAt(ctx.units, prevPara.end - 1);
    const endsWithSpeaker =
      prevRecords.some((r) => r.unit.index === lastUnit?.index) ||
      (piecesByPara.get(pi - 1) ?? []).some(
        (p) => byPiece.has(p) && unitAt(ctx.units, p.outer.start)?.index === lastUnit?.index,
      );
    if (!endsWithSpeaker) {
      chain = 0;
      continue;
    }
    const r = prevRecords[prevRecords.length - 1]!;
    for (const p of ps) byPiece.set(p, r);
    chain++;
  }
}
