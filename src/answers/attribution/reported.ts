import type { Span } from '../../articles/article.js';
import type { CueMatch } from './cues.js';
import { tokenize } from './tokens.js';

/** What follows a cue: a reported clause, a quotation it introduces, or nothing usable. */
export type Content =
  | { kind: 'reported'; span: Span; viaThat: boolean }
  | { kind: 'introduces-quote'; at: number }
  | { kind: 'none' };

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const VENUE =
  '(?:statement|interview|briefing|conference|speech|address|hearing|call|letter|post|tweet|email|op-ed|' +
  'appearance|rally|meeting|event|session|release|remarks|message|video|broadcast|show|program|programme|podcast|' +
  'column|editorial|filing|note|memo|testimony|sermon|debate|news conference|press conference|press release|fundraiser|' +
  'summit|dinner|forum|town hall|ceremony|convention|rally|vigil|gathering|luncheon|panel)';
const SKIPS: RegExp[] = [
  new RegExp(
    `^[\\s,]*(?:on\\s+)?${DAY}(?:\\s+(?:morning|afternoon|evening|night))?(?![\\w'’])(?!\\s+(?:morning|afternoon|evening|night)['’])`,
  ),
  /^[\s,]*(?:yesterday|today|tonight|last (?:week|month|year|night)|earlier|later|also|again|publicly|privately|repeatedly|flatly|recently|previously)\b/,
  new RegExp(
    `^[\\s,]*(?:in|during|at|on|via|through|after|before)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\w'’-]+\\s+){0,4}?${VENUE}s?` +
      `(?:\\s+(?:with|to|on|at|in|for|from|by)\\s+(?:(?:the|a|an)\\s+)?(?:[A-Z][\\w.'’&-]*\\s*)+)?(?=[\\s,:])`,
  ),
  /^[\s,]*(?:in|on|at)\s+(?:[A-Z][\w.'’-]*\s*)+(?=[\s,])/, // "in Columbus", "on CNN"
  /^[\s,]*for\s+(?:months|years|weeks|days|decades|some\s+time|a\s+long\s+time)\b/,
  /^[\s,]*through\s+(?:his|her|their|its|a|an|the)\s+(?:lawyers?|attorneys?|spokes(?:man|woman|person)|representatives?)\b/,
  /^[\s,]*(?:this|last|next)\s+(?:week|month|year|weekend)\b/,
];
const HEARER =
  /^[\s,]*(?:reporters|journalists|the press|the media|(?:a|the) crowd|an audience|(?:his|her|their) supporters|supporters|lawmakers|him|her|them|us|me|listeners|viewers|investors|(?:the\s+)?(?:[A-Z][\w.'’&-]*)(?:\s+(?:[A-Z][\w.'’&-]*|of|and))*)\b/;
const ADJUNCT_WORD =
  /^(?:on|in|at|to|during|with|after|before|for|from|by|a|an|the|his|her|their|its|last|this|late|early|earlier|later|also|reporters|journalists|press|media|host|crowd|audience|interview|statement|conference|news|briefing|speech|call|phone|telephone|television|radio|letter|post|message|email|tweet|video|rally|event|hearing|meeting|session|week|weekend|month|year|weeks|months|years|days|decades|through|lawyer|lawyers|attorney|attorneys|members|of|over|morning|afternoon|evening|night|recent|separate|written|joint|brief|exclusive|back|again|repeatedly|publicly|privately|previously|him|her|them|us|me|supporters|lawmakers|\d+|,|'s|’s)$/i;

const NOT_A_CLAUSE =
  /^(?:to|in|on|at|of|for|by|and|but|so|as|with|from|during|after|before|while|when|like|such\s+as|than|about|over|under|into|through|without|referring|adding|noting|saying)\b/i;
const AUXILIARY =
  /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|do|does|did|be|been)\b/i;

/** Where a clause ends once its closing punctuation is dropped; the period of "U.S." or "Inc." stays. */
export function clauseEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:]/.test(text[e - 1]!)) {
    if (
      text[e - 1] === '.' &&
      /(?:\b(?:\p{Lu}\.){1,3}\p{Lu}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr))$/u.test(
        text.slice(Math.max(start, e - 12), e - 1),
      )
    )
      break;
    e--;
  }
  return e;
}

/** Skips "on Tuesday", "in a statement", "last week" … from `p`; returns where the next words start. */
export function skipAdjuncts(text: string, p: number, end: number): number {
  for (let changed = true; changed;) {
    changed = false;
    const rest = text.slice(p, Math.min(end, p + 240));
    for (const re of SKIPS) {
      const m = re.exec(rest);
      if (m !== null && m[0].length > 0) {
        p += m[0].length;
        changed = true;
        break;
      }
    }
  }
  return p;
}

/**
 * Reads the clause a cue reports, starting at `from` (just after the cue and its speaker) and ending
 * at `end` (the unit's end or the next speaker's turn). Skips "on Tuesday", "in a statement",
 * "told reporters", then an optional "that". `quoteEnds` maps each quotation's opening mark to its end.
 */
export function reportedContent(
  text: string,
  cue: CueMatch,
  from: number,
  end: number,
  quoteEnds: ReadonlyMap<number, number>,
): Content {
  let p = from;
  let sawThat = false;
  const toks = tokenize(text, from, Math.min(end, from + 240)).slice(0, 18);
  const thatAt = toks.findIndex((t) => t.text === 'that');
  const hearerCue = cue.base === 'tell' || cue.base === 'inform' || cue.base === 'assure';
  const between = toks.slice(0, Math.max(0, thatAt));
  // "told supporters at a fundraiser in Dover that …": a hearer and a place, no verb, before "that".
  const plainHearer =
    hearerCue &&
    thatAt <= 10 &&
    between.every(
      (t) =>
        /^[\p{L}'’-]+$/u.test(t.text) &&
        !/^(?:is|was|are|were|has|had|have|will|would|could|[a-z]+ed)$/.test(t.text),
    );
  // Quote marks around a show's name may sit between the cue and "that": told NBC's "Meet the Press" that …
  if (
    thatAt >= 0 &&
    (plainHearer ||
      between.every(
        (t) => ADJUNCT_WORD.test(t.text) || /^\p{Lu}/u.test(t.text) || (hearerCue && /^["“”]$/.test(t.text)),
      ))
  ) {
    p = toks[thatAt]!.end;
    sawThat = true;
  } else {
    p = skipAdjuncts(text, p, end);
    if (cue.base === 'tell' || cue.base === 'inform' || cue.base === 'assure' || cue.base === 'email') {
      const m = HEARER.exec(text.slice(p, Math.min(end, p + 160)));
      if (m !== null) p += m[0].length;
      for (const re of SKIPS) {
        const m2 = re.exec(text.slice(p, Math.min(end, p + 240)));
        if (m2 !== null) p += m2[0].length;
      }
    }
    const that = /^[\s,]*that\b/.exec(text.slice(p, end));
    if (that !== null) {
      p += that[0].length;
      sawThat = true;
    }
  }
  const intro = /^[\s,:—–-]*/.exec(text.slice(p, end))!;
  const q = p + intro[0].length;
  const qEnd = quoteEnds.get(q);
  if (qEnd !== undefined && /^[\s.,;:!?]*$/.test(text.slice(qEnd, end)))
    return { kind: 'introduces-quote', at: q };
  if (/[:,]/.test(intro[0]) && !sawThat) return { kind: 'none' }; // "…," he said, adding …: no clause of its own
  while (p < end && /\s/.test(text[p]!)) p++;
  let e = end;
  e = clauseEnd(text, p, e);
  if (e <= p) return { kind: 'none' };
  const words = text
    .slice(p, e)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const short =
    cue.base === 'deny' || cue.base === 'confirm' || cue.base === 'announce' || cue.base === 'reject';
  if (words.length < (short ? 2 : 3)) return { kind: 'none' };
  if (cue.needsThat && !sawThat) return { kind: 'none' };
  // "explained the government's reasoning": what is explained must be a clause, not a thing.
  if (cue.base === 'explain' && !sawThat && !/^(?:how|why|what|when|where|whether)\b/i.test(text.slice(p, e)))
    return { kind: 'none' };
  // "is said to be", "said in March" (what is left is not a clause).
  const head = text.slice(p, e);
  if (NOT_A_CLAUSE.test(head) && !sawThat && cue.base !== 'urge' && cue.base !== 'warn')
    return { kind: 'none' };
  if (AUXILIARY.test(head)) return { kind: 'none' }; // "failings it said are outweighed": a relative clause
  return { kind: 'reported', span: { start: p, end: e }, viaThat: sawThat };
}
