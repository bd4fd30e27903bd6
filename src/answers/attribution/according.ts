import type { Span } from '../../articles/article.js';
import type { CueRecord, ReadContext } from './context.js';
import { collectivePhrase } from './collective.js';
import { parsePhrase } from './names.js';
import { clauseEnd } from './reported.js';
import { resolveSpeaker } from './speaker-resolve.js';
import { spanOf, tokenize } from './tokens.js';
import type { Unit } from './units.js';

const COLON_INTRO = /^([^,:;"“”]{2,80}?)\s+[a-z]+(?:\s+(?:back|out|up|in))?\s*:\s*$/;

// ": Secretary of the Air Force James Roche: "…"": a speaker's name as the label of a quotation.
const COLON_LABEL = /^[\s:]*(\p{Lu}[^,:;"“”]{2,90}?)\s*:\s*$/u;

/**
 * `Cole shot back: "…"`: a subject, one verb and a colon introducing a quotation; or a person's full
 * name alone before the colon, as in a transcript.
 */
export function readColon(ctx: ReadContext, u: Unit, subject: number): CueRecord[] {
  const piece = ctx.pieces.find((p) => p.outer.start > subject && p.outer.start < u.end);
  if (piece === undefined) return [];
  const head = ctx.text.slice(subject, piece.outer.start);
  const intro = COLON_INTRO.exec(head);
  const label = intro === null ? COLON_LABEL.exec(ctx.text.slice(u.start, piece.outer.start)) : null;
  const from = intro !== null ? subject : u.start + (label?.[0].indexOf(label[1]!) ?? 0);
  const words = intro?.[1] ?? label?.[1];
  if (words === undefined) return [];
  const toks = tokenize(ctx.text, from, from + words.length);
  const phrase = parsePhrase(ctx.text, toks);
  if (phrase === null || toks.length > (intro !== null ? 8 : 12)) return [];
  if (label !== null && (phrase.type !== 'person' || phrase.nameTokens.length < 2)) return [];
  const entity = resolveSpeaker(ctx, u, phrase, from);
  if (entity === null) return [];
  const np = spanOf(toks);
  return [
    {
      unit: u,
      cue: null,
      via: 'verb',
      entity,
      np,
      lead: np.start,
      inverted: false,
      regionStart: piece.outer.start,
      regionEnd: u.end,
      clause: null,
    },
  ];
}

const ACCORDING = /\b[Aa]ccording to\s+/g;
const AS_BY = /,?\s*\bas (?:stated|said|reported|announced|confirmed|noted|indicated|revealed) by\s+/g;
const NP_STOP =
  /^(speaking|familiar|who|which|that|released|published|cited|quoted|briefed|close|in|on|at|during|with|from|for|to|after|before|as|when|while|because|since|the)$/;

/** `according to X` and `as stated by X` attributions in a unit. */
export function readAccording(ctx: ReadContext, u: Unit, subject: number): CueRecord[] {
  const out: CueRecord[] = [];
  const { text } = ctx;
  const slice = text.slice(u.start, u.end);
  for (const re of [ACCORDING, AS_BY]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const lead = u.start + m.index + (m[0].startsWith(',') ? 1 : 0);
      const npFrom = u.start + m.index + m[0].length;
      const toks = tokenize(text, npFrom, u.end);
      let j = 0;
      while (
        j < toks.length &&
        toks[j]!.text !== ',' &&
        toks[j]!.text !== '.' &&
        toks[j]!.text !== ';' &&
        !(j > 0 && NP_STOP.test(toks[j]!.text))
      )
        j++;
      // "according to a survey released on Monday by the bank": the words describing it go with it.
      let k = j;
      while (k < toks.length && !/^[,.;]$/.test(toks[k]!.text)) k++;
      const described = k > j ? collectivePhrase(text, toks.slice(0, k)) : null;
      if (described !== null) j = k;
      const np = toks.slice(0, j);
      if (np.length === 0 || np.length > (described === null ? 12 : 24)) continue;
      const phrase = described?.phrase ?? parsePhrase(text, np);
      if (phrase === null) continue;
      const entity = resolveSpeaker(ctx, u, phrase, np[0]!.start);
      if (entity === null) continue;
      ctx.discourse.touch(entity, np[0]!.start, 2);
      const npSpan = spanOf(described?.toks ?? np);
      const tail = toks.slice(j);
      let clause: Span | null = null;
      const comma = tail.slice(0, 12).find((t) => t.text === ',');
      if (re === ACCORDING && lead <= subject && comma !== undefined) {
        clause = trimClause(text, comma.end, u.end);
      } else if (tail.every((t) => /^[.;!?]$/.test(t.text)) || tail.length === 0) {
        let e = lead;
        while (e > u.start && /[\s,]/.test(text[e - 1]!)) e--;
        if (text.slice(u.start, e).trim().length > 0) clause = trimClause(text, u.start, e);
      } else continue;
      out.push({
        unit: u,
        cue: null,
        via: re === ACCORDING ? 'according' : 'as-by',
        entity,
        np: npSpan,
        lead,
        inverted: clause !== null && clause.start < lead,
        regionStart: npSpan.end,
        regionEnd: u.end,
        clause,
      });
    }
  }
  return out;
}

function trimClause(text: string, s: number, e: number): Span | null {
  while (s < e && /\s/.test(text[s]!)) s++;
  e = clauseEnd(text, s, e);
  return e > s ? { start: s, end: e } : null;
}
