import type { Span } from '../../articles/article.js';
import { insideQuote, lastPieceEndBefore, type CueRecord, type ReadContext } from './context.js';
import { findCues, isJudgement } from './cues.js';
import { assignQuotes } from './direct.js';
import { interviewAnswers } from './interview.js';
import { registerMentions, subjectStart } from './mentions.js';
import { findQuotePieces, type QuotePiece } from './quotes.js';
import { readAccording, readColon } from './according.js';
import { readCue } from './records.js';
import { reportedContent } from './reported.js';
import { Discourse, type Entity } from './discourse.js';
import { buildUnits, unitAt, type Unit } from './units.js';
import { markUnread, withinParentheses } from './unspoken.js';

/** An attribution before the speaker's final (fullest) name is known. */
export interface RawAttribution {
  entity: Entity;
  quoteKind: 'direct' | 'reported';
  quoteSpan: Span;
  evidenceSpan: Span;
}

const INDEPENDENT =
  /(?:[,;—–]\s*(?:and|but|while|whereas|although|though|with)?|\b(?:and|but|while|whereas))\s*$/;

/** Reads an article in order: quotations, units, cast, cues; then pairs quotations and clauses with speakers. */
export function readAttributions(text: string): RawAttribution[] {
  const pieces = findQuotePieces(text);
  const ctx: ReadContext = {
    text,
    pieces,
    units: buildUnits(text, pieces),
    quoteEnds: new Map(pieces.map((p) => [p.outer.start, p.outer.end])),
    discourse: new Discourse(),
  };
  const records: CueRecord[] = [];
  const unspoken = new Set<QuotePiece>();
  for (const u of ctx.units) {
    const subject = subjectStart(ctx, u);
    registerMentions(ctx, u, subject);
    const inUnit: CueRecord[] = [];
    for (const c of findCues(text, u.start, u.end)) {
      if (insideQuote(ctx, c.start)) continue;
      const r = readCue(ctx, u, c, subject, inUnit);
      if (r !== null) inUnit.push(withinParentheses(ctx, r));
      else markUnread(ctx, u, c, unspoken);
    }
    for (const r of readAccording(ctx, u, subject)) if (!insideQuote(ctx, r.lead)) inUnit.push(r);
    if (inUnit.length === 0) inUnit.push(...readColon(ctx, u, subject));
    dropQuotedInsideSources(inUnit);
    inUnit.sort((a, b) => a.lead - b.lead);
    cutRegions(ctx, inUnit);
    records.push(...inUnit);
  }
  const out: RawAttribution[] = [];
  const assigned = assignQuotes(ctx, records).filter((a) => !unspoken.has(a.piece));
  const afterQuote = new Set(
    records.filter(
      (r) =>
        r.lead > r.unit.start &&
        /^[\s,—–-]*$/.test(text.slice(lastPieceEndBefore(ctx, r.unit.start, r.lead), r.lead)) &&
        lastPieceEndBefore(ctx, r.unit.start, r.lead) > r.unit.start,
    ),
  );
  for (const { piece, record } of assigned) {
    if (fragmentAboutAThing(ctx, piece, record)) continue;
    out.push({
      entity: record.entity,
      quoteKind: 'direct',
      quoteSpan: piece.inner,
      evidenceSpan: cover(ctx, [
        record.unit,
        unitAt(ctx.units, piece.outer.start),
        unitAt(ctx.units, piece.outer.end - 1),
      ]),
    });
  }
  for (const a of interviewAnswers(ctx)) out.push({ ...a, quoteKind: 'direct' });
  const byUnit = new Map<Unit, CueRecord[]>();
  for (const r of records) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  for (const r of records) {
    const found = r.clause ?? clauseOf(ctx, r, afterQuote.has(r), nestedIn(byUnit.get(r.unit)!, r));
    const clause = found === null ? null : withoutDateline(text, found);
    if (clause === null || coveredByQuotes(ctx, clause)) continue;
    out.push({
      entity: r.entity,
      quoteKind: 'reported',
      quoteSpan: clause,
      evidenceSpan: cover(ctx, [r.unit]),
    });
  }
  return dedupe(out);
}

/** Each cue governs up to the next independent speaker's words in the same unit. */
function cutRegions(ctx: ReadContext, rs: CueRecord[]): void {
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    for (const n of rs.slice(i + 1)) {
      if (n.lead < r.regionStart) continue;
      const between = ctx.text.slice(r.regionStart, n.lead);
      const participle = n.np.start === n.np.end; // participle or coordinated cue: no speaker words of its own
      if (participle || INDEPENDENT.test(between) || n.inverted) {
        r.regionEnd = Math.min(r.regionEnd, participle ? n.lead : Math.max(r.regionStart, n.lead));
        break;
      }
    }
  }
}

function clauseOf(ctx: ReadContext, r: CueRecord, afterQuote: boolean, nested: boolean): Span | null {
  if (r.cue === null || r.via !== 'verb' || r.inverted) return null;
  let end = r.regionEnd;
  // A semicolon outside quotation marks starts another clause; a colon after some words introduces
  // a quotation ("his son was acting out of worry: "It was …"").
  for (let i = r.regionStart; i < end; i++) {
    const ch = ctx.text[i];
    if (
      (ch === ';' || (ch === ':' && /\w+\s+\w+/.test(ctx.text.slice(r.regionStart, i)))) &&
      !insideQuote(ctx, i)
    ) {
      end = i;
      break;
    }
  }
  // "… stated to him that it had no interest … and that he expected …": the outer speaker goes on.
  if (nested) {
    const more = /\s+and\s+that\b/.exec(ctx.text.slice(r.regionStart, end));
    if (more !== null) end = r.regionStart + more.index;
  }
  // Stop before "…, according to X" and before a second predicate of the speaker ("…, and has promised …").
  const stop =
    /,\s*according to\b|,\s*with\s+(?:[\w'’.-]+\s+){1,8}?[a-z]+ing\b|,\s*(?:and|but)\s+(?:has|have|had|is|was|will|would|did|does|also|then|later|[a-z]+ed)\b|\s+and\s+(?:also\s+)?(?:said|says|told|added|denied|insisted|argued|noted|warned|claimed|stressed|urged)\b/.exec(
      ctx.text.slice(r.regionStart, end),
    );
  if (stop !== null) end = r.regionStart + stop.index;
  // Stop before a trailing "…, according to X" or a connective that hands over to the next speaker.
  const tail =
    /(?:,\s*(?:and|but|while|whereas|although|though|with)?|;|\s+(?:and|but|while|whereas))\s*$/.exec(
      ctx.text.slice(r.regionStart, end),
    );
  if (tail !== null && end < r.unit.end) end -= tail[0].length;
  const c = reportedContent(ctx.text, r.cue, r.regionStart, end, ctx.quoteEnds);
  if (c.kind === 'reported' && hasStrayMark(ctx, c.span)) return null; // unbalanced quoting: not guessed
  if (
    c.kind === 'reported' &&
    isJudgement(r.cue.base) &&
    !/^[^,]*?\s(?:for|as)\s/.test(ctx.text.slice(c.span.start, c.span.end))
  )
    return null;
  // `"…," he said during the briefing`: after its quotation a cue reports a clause only with "that".
  return c.kind === 'reported' && (c.viaThat || !afterQuote) ? c.span : null;
}

/**
 * `a question … that she said "worries me about the race."`: words quoted as the predicate of a thing the
 * article names are a fragment, not a statement that can stand alone.
 */
function fragmentAboutAThing(ctx: ReadContext, piece: QuotePiece, r: CueRecord): boolean {
  if (r.cue === null || r.np.start === r.np.end) return false;
  const before = ctx.text.slice(Math.max(r.unit.start, r.np.start - 16), r.np.start);
  // The quotation stands right after the cue, as the predicate of "that"; "in which he said" is not it.
  return (
    /\b(?:that|which)\s+$/.test(before) &&
    !/\b(?:in|of|on|at|by|with|for|to)\s+which\s+$/.test(before) &&
    /^[\s,:]*$/.test(ctx.text.slice(r.cue.end, piece.outer.start)) &&
    /^\p{Ll}/u.test(ctx.text.slice(piece.inner.start, piece.inner.end))
  );
}

/** True when another cue's region in the unit holds this cue: a statement reported inside another. */
function nestedIn(inUnit: readonly CueRecord[], r: CueRecord): boolean {
  return inUnit.some((o) => o !== r && o.lead < r.lead && o.regionStart <= r.lead && r.lead < o.regionEnd);
}

/**
 * "…, while Dallas said there were concerns, according to the report": a place or a bare name quoted
 * inside what a named source says is that source's material, not a speaker of its own.
 */
function dropQuotedInsideSources(rs: CueRecord[]): void {
  const sources = rs.filter((r) => r.via !== 'verb' && r.clause !== null);
  for (let i = rs.length - 1; i >= 0; i--) {
    const r = rs[i]!;
    if (r.via !== 'verb' || r.entity.kind !== 'unknown') continue;
    if (sources.some((s) => s.clause!.start <= r.lead && r.lead < s.clause!.end)) rs.splice(i, 1);
  }
}

/** "CARROW — Investigators are …": the dateline is not part of what was said. */
function withoutDateline(text: string, s: Span): Span | null {
  const m =
    /^\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^)]{1,30}\))?\s*[—–-]\s*/u.exec(text.slice(s.start, s.end)) ??
    /^\p{Lu}[\p{L}\s.,'’-]{0,40}?\s*\((?:AFP|AP|Reuters|UPI|\p{Lu}{2,6})\)\s*[—–-]\s*/u.exec(
      text.slice(s.start, s.end),
    );
  if (m === null || m[0].length < 4) return s;
  return s.start + m[0].length < s.end ? { start: s.start + m[0].length, end: s.end } : null;
}

function hasStrayMark(ctx: ReadContext, s: Span): boolean {
  for (let i = s.start; i < s.end; i++) {
    if ('"“”„'.includes(ctx.text[i]!) && !ctx.pieces.some((p) => p.outer.start <= i && i < p.outer.end))
      return true;
  }
  return false;
}

function coveredByQuotes(ctx: ReadContext, s: Span): boolean {
  let covered = 0;
  for (const p of ctx.pieces) {
    if (p.outer.end <= s.start || p.outer.start >= s.end) continue;
    covered += Math.min(p.outer.end, s.end) - Math.max(p.outer.start, s.start);
  }
  return covered >= 0.9 * (s.end - s.start);
}

function cover(ctx: ReadContext, units: readonly (Unit | undefined)[]): Span {
  const us = units.filter((u): u is Unit => u !== undefined);
  const start = Math.min(...us.map((u) => u.start));
  const end = Math.max(...us.map((u) => u.end));
  return { start, end: Math.max(end, start) };
}

function dedupe(items: RawAttribution[]): RawAttribution[] {
  const seen = new Set<string>();
  return items
    .filter(
      (a) =>
        a.evidenceSpan.start <= a.quoteSpan.start &&
        a.evidenceSpan.end >= a.quoteSpan.end &&
        a.quoteSpan.end > a.quoteSpan.start,
    )
    .filter((a) => {
      const k = `${a.quoteKind}:${a.quoteSpan.start}:${a.quoteSpan.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.quoteSpan.start - b.quoteSpan.start);
}
