import type { Span } from '../../articles/article.js';
import { lastPieceEndBefore, type CueRecord, type ReadContext } from './context.js';
import { isBare, onlyForSources, type CueMatch } from './cues.js';
import { VERBISH } from './mentions.js';
import { collectiveBefore, collectivePhrase, looksLikeVerb } from './collective.js';
import { parsePhrase, type Phrase } from './names.js';
import { opensRelative, relativeAntecedent, relativeEnd } from './relative.js';
import { skipAdjuncts } from './reported.js';
import { leftSpeaker, rightSpeaker, type SpeakerWords } from './speaker-np.js';
import { resolveSpeaker } from './speaker-resolve.js';
import { ORG_ROLE_NOUNS } from './lexicon.js';
import { key, spanOf, tokenize } from './tokens.js';
import type { Unit } from './units.js';

/** Finds and resolves the speaker of a cue verb; null when there is none or it cannot be resolved. */
export function readCue(
  ctx: ReadContext,
  u: Unit,
  c: CueMatch,
  subject: number,
  prior: readonly CueRecord[],
): CueRecord | null {
  const { text } = ctx;
  const from = lastPieceEndBefore(ctx, u.start, c.start);
  // The speaker's words end at the cue, or before the auxiliary of a progressive ("are predicting").
  const speakerEnd = c.subjectEnd ?? c.start;
  const before = text.slice(from, speakerEnd);
  const base = { unit: u, cue: c, via: 'verb' as const, clause: null };
  // "… released a joint statement saying "…"": the subject of the sentence speaks through it.
  if (c.participle && STATEMENT_RELEASED.test(before)) {
    const words = mainSubject(ctx, subject, c.start);
    return words === null ? null : withSpeaker(ctx, u, c, words, false, c.end, c.start);
  }
  if (c.participle && /,\s*$/.test(before)) {
    // "…, adding that …" / "…, writing: …": the main clause's speaker.
    const prev = prior[prior.length - 1];
    if (prev !== undefined)
      return {
        ...base,
        entity: prev.entity,
        np: { start: c.start, end: c.start },
        lead: c.start,
        inverted: false,
        regionStart: c.end,
        regionEnd: u.end,
      };
    const words = mainSubject(ctx, subject, c.start);
    return words === null ? null : withSpeaker(ctx, u, c, words, false, c.end, c.start);
  }
  // "Trump denied the claims and said …": the same speaker, coordinated.
  const prev = prior[prior.length - 1];
  // "could influence the race and suggest …": a bare verb after "and" goes on inside the clause,
  // unless the speaker's own verb was bare too ("They acknowledge …, but say …").
  const bareAfterOther = isBare(c) && (prev?.cue == null || !isBare(prev.cue));
  const coordinated =
    !bareAfterOther &&
    /(?:^|[\s,])(?:and|but)\s+(?:(?:also|later|then|instead|has|have|had|would|will)\s+)*$/.test(before) &&
    !c.participle &&
    c.base !== 'call' &&
    c.base !== 'ask';
  if (coordinated && prev !== undefined) {
    return {
      ...base,
      entity: prev.entity,
      np: { start: c.start, end: c.start },
      lead: c.start,
      inverted: false,
      regionStart: c.end,
      regionEnd: u.end,
    };
  }
  if (coordinated) {
    // "Trump returned to the stage and declared, …": the subject of the sentence.
    const words = mainSubject(ctx, subject, c.start);
    if (words !== null) return withSpeaker(ctx, u, c, words, false, c.end, c.start);
  }
  let words: SpeakerWords | null = leftSpeaker(text, from, speakerEnd);
  // "Executives at NBC, CBS and Fox said", "a state audit released on Monday found": a group or a
  // document, when it takes in more words than the name read back from the cue.
  const collective = c.participle ? null : collectiveBefore(text, from, speakerEnd);
  if (
    collective !== null &&
    (words === null ||
      collective.toks[0]!.start <= words.toks[0]!.start ||
      parsePhrase(text, words.toks) === null)
  ) {
    const npStart = collective.toks[0]!.start;
    const speaker = { toks: collective.toks, appositive: null };
    const rec = withSpeaker(ctx, u, c, speaker, false, c.end, npStart, collective.phrase);
    return rec === null ? null : { ...rec, clause: clauseBefore(ctx, u, from, npStart, c) };
  }
  // Participles take their own subject only in "concluded by stating" and "with X saying".
  const withSubject = words !== null && /\bwith\s*$/.test(text.slice(from, words.toks[0]!.start));
  if (c.participle && !(words !== null && (/\bby\s*$/.test(before) || withSubject))) words = null;
  // `Pena, who predicted that a deal was "within reach," conceded …`: the main verb after a relative clause.
  const antecedent = c.participle ? null : relativeAntecedent(ctx, subject, speakerEnd);
  if (antecedent !== null && (words === null || antecedent.toks[0]!.start < words.toks[0]!.start))
    return withSpeaker(ctx, u, c, antecedent, false, c.end, antecedent.toks[0]!.start);
  if (words !== null) {
    const rec = withSpeaker(ctx, u, c, words, false, c.end, words.toks[0]!.start);
    if (rec === null) return null;
    if (opensRelative(text, words.toks.at(-1)!.end, speakerEnd))
      return { ...rec, relative: true, regionEnd: relativeEnd(text, c.end, u.end) };
    // "Although Gallois said he hoped …, the unions were displeased": the main clause is not his.
    if (SUBORDINATE.test(text.slice(u.start, words.toks[0]!.start))) {
      const comma = text.lastIndexOf(',', u.end);
      return comma > c.end ? { ...rec, regionEnd: comma } : rec;
    }
    return { ...rec, clause: clauseBefore(ctx, u, from, words.toks[0]!.start, c) };
  }
  if (c.participle) return null;
  // Inverted: `"…," said Kirby` or `The deal is dead, said Kirby.`
  const afterQuote = from > u.start && /^[\s,—–-]*$/.test(before);
  const afterClause = /,\s*$/.test(before) && before.trim().length > 1;
  if (!afterQuote && !afterClause) return null;
  const right = rightSpeaker(text, c.end, u.end);
  if (right === null) return null;
  const npEnd = (right.appositive ?? right.toks).at(-1)!.end;
  const rec = withSpeaker(ctx, u, c, right, true, npEnd, c.start);
  if (rec === null || afterQuote) return rec;
  // A reported clause before the inverted cue must run to the end of the sentence after the speaker.
  if (!/^[\s.,;!?]*$/.test(text.slice(npEnd, u.end))) return null;
  let s = from;
  while (s < c.start && /\s/.test(text[s]!)) s++;
  let e = c.start;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return e > s ? { ...rec, clause: { start: s, end: e } } : null;
}

const STATEMENT_RELEASED =
  /\b(?:released|issued|put out|sent|posted|published)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:statement|letter|message|release|memo|email|video)\s*$/;
const HEARSAY =
  /\b(?:news|reports?|word|rumou?rs?|speculation|suggestions?|allegations?|claims?|accounts?)\s+that\s+$/i;
const SUBORDINATE =
  /^\s*(?:[Aa]lthough|[Tt]hough|[Ee]ven though|[Ww]hereas|[Bb]ecause|[Uu]nless|[Ii]f|[Ww]hile)\s+$/;

/** The unit's subject when it is directly followed by its verb: "The newspaper took note …, writing". */
function mainSubject(ctx: ReadContext, subject: number, cueStart: number): SpeakerWords | null {
  const { text } = ctx;
  const words = collectiveSubject(text, subject, cueStart) ?? rightSpeaker(text, subject, cueStart);
  if (words === null || words.toks[0]!.start !== subject) return null;
  const afterNp = skipAdjuncts(text, words.toks.at(-1)!.end, cueStart);
  const next = tokenize(text, afterNp, cueStart).find(
    (t) => !/^(also|later|then|still|again|instead|[a-z]+ly)$/.test(t.text),
  );
  return next !== undefined && (next.text === ',' || looksLikeVerb(next, VERBISH)) ? words : null;
}

/** "More than 200 residents of Millbrook sued …": a group or document as the sentence's subject. */
function collectiveSubject(text: string, subject: number, cueStart: number): SpeakerWords | null {
  const toks = tokenize(text, subject, cueStart);
  for (let verb = 1; verb < toks.length; verb++) {
    if (!looksLikeVerb(toks[verb]!, VERBISH)) continue;
    const found = collectivePhrase(text, toks.slice(0, verb));
    if (found !== null) return { toks: found.toks, appositive: null, phrase: found.phrase };
  }
  return null;
}

/** "Schools will stay closed, officials said.": the clause before a speaker that ends the sentence. */
function clauseBefore(ctx: ReadContext, u: Unit, from: number, npStart: number, c: CueMatch): Span | null {
  const { text } = ctx;
  const after = skipAdjuncts(text, c.end, u.end);
  // What may follow: nothing, or a trailing participle or "as" phrase (", raising the prospect …").
  if (
    !/^(?:[\s.!?]*|,\s*(?:[a-z]+ing|as|while|after|before|amid|citing|with|but|although|though|and)\b[^]*)$/.test(
      text.slice(after, u.end),
    ) &&
    !verbless(text, after, u.end)
  )
    return null;
  // From the sentence's start: quotations inside the clause are part of it when they close there.
  const head = text.slice(u.start, npStart);
  const m = /,\s*$/.exec(head);
  if (m === null || from < u.start) return null;
  let s = u.start;
  while (s < npStart && /\s/.test(text[s]!)) s++;
  const e = u.start + m.index;
  if (e - s < 12 || !balanced(ctx, s, e)) return null;
  return { start: s, end: e };
}

function withSpeaker(
  ctx: ReadContext,
  u: Unit,
  c: CueMatch | null,
  words: SpeakerWords,
  inverted: boolean,
  regionStart: number,
  lead: number,
  given?: Phrase,
): CueRecord | null {
  let phrase = given ?? words.phrase ?? parsePhrase(ctx.text, words.toks);
  if (phrase === null) return null;
  // "The airline, Skyline Commuter, said": a name given for a company is a company's name.
  const described = words.appositive?.at(-1);
  if (
    phrase.type === 'person' &&
    described !== undefined &&
    described.end <= words.toks[0]!.start &&
    ORG_ROLE_NOUNS.has(key(described))
  )
    phrase = { type: 'org', name: ctx.text.slice(words.toks[0]!.start, words.toks.at(-1)!.end) };
  const np = spanOf(words.toks);
  // "Obama was the first black president, he said": "he" is not someone inside the clause it reports.
  const closing =
    !inverted &&
    phrase.type === 'pronoun' &&
    c !== null &&
    /,\s*$/.test(ctx.text.slice(u.start, np.start)) &&
    !/["”]/.test(ctx.text.slice(Math.max(u.start, np.start - 4), np.start)) &&
    /^[\s.!?]*$/.test(ctx.text.slice(skipAdjuncts(ctx.text, c.end, u.end), u.end));
  // "news that the chief informed lawmakers that …": someone else's account of what was said.
  if (HEARSAY.test(ctx.text.slice(Math.max(u.start, np.start - 40), np.start))) return null;
  // "because it thinks that …": an organisation's belief is not a statement.
  if (
    phrase.type === 'pronoun' &&
    phrase.gender === 'neuter' &&
    c !== null &&
    /^(?:think|believe)$/.test(c.base)
  )
    return null;
  const entity = resolveSpeaker(ctx, u, phrase, closing ? u.start : np.start);
  if (entity === null) return null;
  // "The audit found the agency had overpaid": documents report findings; people named together only
  // "found that …" ("inspectors found cracks" reports no statement).
  if (
    c !== null &&
    onlyForSources(c.base) &&
    entity.kind !== 'document' &&
    !(entity.kind === 'group' && /^\s+that\b/.test(ctx.text.slice(c.end, c.end + 8)))
  )
    return null;
  if (
    entity.role === null &&
    entity.anonHead === null &&
    words.appositive !== null &&
    words.appositive.length > 0
  ) {
    const role = words.appositive.filter((t, i) => i > 0 || !/^(a|an|the)$/i.test(t.text));
    while (role.length > 0 && /^(now|then|still|meanwhile|currently)$/i.test(role[0]!.text)) role.shift();
    if (role.length > 0)
      entity.role = ctx.text.slice(role[0]!.start, role.at(-1)!.end).replace(/(?<!\b\p{Lu})\.$/u, '');
  }
  ctx.discourse.touch(entity, np.start, 2);
  return {
    unit: u,
    cue: c,
    via: 'verb',
    entity,
    np,
    lead,
    inverted,
    regionStart,
    regionEnd: u.end,
    clause: null,
  };
}

/** ", a week before a strike deadline.": a short trailing phrase without a verb of its own. */
function verbless(text: string, from: number, end: number): boolean {
  const rest = text.slice(from, end);
  if (!/^,\s*[^,;:"“”]{3,60}[.!?]?\s*$/.test(rest)) return false;
  return tokenize(text, from, end).every(
    (t) => !VERBISH.test(t.text) && !/^(?:who|which|that)$/.test(t.text),
  );
}

/** Every quotation mark in [s, e) belongs to a quotation lying wholly inside it. */
function balanced(ctx: ReadContext, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    if (!'"“”„'.includes(ctx.text[i]!)) continue;
    if (
      !ctx.pieces.some((p) => p.outer.start >= s && p.outer.end <= e && p.outer.start <= i && i < p.outer.end)
    )
      return false;
  }
  return true;
}
