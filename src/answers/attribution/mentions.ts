import { insideQuote, type ReadContext } from './context.js';
import { ORG_WORDS } from './lexicon.js';
import { collectivePhrase, looksLikeVerb } from './collective.js';
import { parsePhrase } from './names.js';
import { npWord } from './speaker-words.js';
import { isAcronym, isCap, key, tokenize, type Tok } from './tokens.js';
import type { Unit } from './units.js';

const OPENERS = new Set(
  `in on at during after before following for with despite although though while when as since
  last earlier later however meanwhile according but and so yet also still then now today yesterday by under over
  amid among from if once until unlike like besides beyond within without against to asked pressed
  questioned speaking responding reached interviewed writing`.split(/\s+/),
);

/**
 * Where the unit's main subject begins: after a leading quotation or an opening adverbial
 * ("In July, …", "On Syria's civil war, Trump said …").
 */
export function subjectStart(ctx: ReadContext, u: Unit): number {
  let p = u.start;
  const lead = ctx.pieces.find((q) => q.outer.start === u.start);
  if (lead !== undefined) p = lead.outer.end;
  const toks = tokenize(ctx.text, p, u.end).slice(0, 30);
  const first = toks[0];
  if (first !== undefined && OPENERS.has(first.text.toLowerCase())) {
    const comma = toks.findIndex((t) => t.text === ',');
    const after = toks[comma + 1];
    if (comma > 0 && after !== undefined) return after.start;
  }
  while (p < u.end && /[\s,—–-]/.test(ctx.text[p]!)) p++;
  return p;
}

// "The national data protection authority has opened …": an organisation named by description.
const DESCRIBED_ORG =
  /^[Tt]he\s+(?:[a-z-]+\s+){0,4}(?:authority|agency|department|ministry|company|commission|council|committee|government|board|court|union|association|service|regulator|league|federation|firm|airline|carmaker|automaker|manufacturer)\b/;

// "Singapore Airlines (SIA)": a name and the acronym the article goes on to use for it.
const NAMED_ACRONYM =
  /\b((?:[Tt]he\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of|for|and|on|the|&|\p{Lu}[\p{L}&'’.-]*))*)\s+\((\p{Lu}{2,6})\)/gu;

function registerAcronyms(ctx: ReadContext, u: Unit): void {
  const slice = ctx.text.slice(u.start, u.end);
  NAMED_ACRONYM.lastIndex = 0;
  for (let m = NAMED_ACRONYM.exec(slice); m !== null; m = NAMED_ACRONYM.exec(slice)) {
    const start = u.start + m.index;
    if (insideQuote(ctx, start)) continue;
    const p = parsePhrase(ctx.text, tokenize(ctx.text, start, start + m[1]!.length));
    if (p?.type !== 'org') continue;
    const e = ctx.discourse.mention(p, start, 0);
    if (e !== null) e.aliases = [...(e.aliases ?? []), m[2]!];
  }
}

/** Registers the people and organisations named in a unit (outside quotations), in order. */
export function registerMentions(ctx: ReadContext, u: Unit, subject: number): void {
  registerAcronyms(ctx, u);
  const described = DESCRIBED_ORG.exec(ctx.text.slice(subject, Math.min(u.end, subject + 120)));
  if (described !== null)
    ctx.discourse.mention({ type: 'org', name: described[0].replace(/^The\b/, 'the') }, subject, 2);
  // "The second spot went further": a document as the subject is what "the ad" and "it" may stand for.
  const head = tokenize(ctx.text, subject, Math.min(u.end, subject + 80)).slice(0, 6);
  const stop = head.findIndex((t, i) => i > 0 && (t.text === ',' || looksLikeVerb(t, VERBISH)));
  const document = stop > 1 ? parsePhrase(ctx.text, head.slice(0, stop)) : null;
  if (document?.type === 'document') ctx.discourse.mention(document, subject, 2);
  // "But F.B.I. agents, many of whom …, have struggled": a group subject is what "they" may stand for.
  const opening = tokenize(ctx.text, u.start, Math.min(u.end, u.start + 120)).slice(0, 10);
  const first = /^(?:But|And|Yet|So|Still|However)$/.test(opening[0]?.text ?? '') ? 1 : 0;
  const close = opening.findIndex((t, i) => i > first && (t.text === ',' || looksLikeVerb(t, VERBISH)));
  const group = close > first ? collectivePhrase(ctx.text, opening.slice(first, close)) : null;
  if (group?.phrase.type === 'group') ctx.discourse.mention(group.phrase, opening[first]!.start, 2);
  const toks = tokenize(ctx.text, u.start, u.end).filter((t) => !insideQuote(ctx, t.start));
  let run: Tok[] = [];
  const flush = (next: Tok | undefined): void => {
    if (run.length === 0) return;
    while (run.length > 0 && run[run.length - 1]!.text === 'of') run.pop();
    // "But F.B.I. agents": a sentence's opening word is not part of a name.
    while (run.length > 1 && /^(?:But|And|Yet|So|However|Meanwhile|Still)$/.test(run[0]!.text)) run.shift();
    while (
      run.length > 0 &&
      (run[0]!.text === 'of' ||
        (!isCap(run[0]!) && !/^(the|a|an)$/i.test(run[0]!.text) && run.every((t) => !isCap(t))))
    )
      run.shift();
    // "Hillary Clinton's plan": the name without its possessive ending.
    const last = run[run.length - 1];
    if (last !== undefined && /\p{L}['’]s$/u.test(last.text) && run.length >= 2)
      run[run.length - 1] = { text: last.text.slice(0, -2), start: last.start, end: last.end - 2 };
    if (run.some(isCap)) mention(ctx, run, subject, next);
    run = [];
  };
  toks.forEach((t, i) => {
    // "President of the United States Barack Obama" stays one phrase.
    const linkThe =
      t.text === 'the' && run.at(-1)?.text === 'of' && toks[i + 1] !== undefined && isCap(toks[i + 1]!);
    if (npWord(t) || linkThe || (run.length === 0 && /^(the|a|an)$/i.test(t.text))) run.push(t);
    // "Brazile allegedly sent": look past one adverb for the verb.
    else flush(/ly$/.test(t.text) && toks[i + 1] !== undefined ? toks[i + 1] : t);
  });
  flush(undefined);
}

/** A word that looks like a finite verb: what follows a clause subject. */
export const VERBISH =
  /^(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does|do|said|says|told|went|made|took|gave|got|came|saw|ran|won|lost|left|met|sent|spoke|wrote|thought|knew|became|began|kept|held|brought|felt|[a-z]+ed|[a-z]+[^s]s)$/;

function mention(ctx: ReadContext, run: Tok[], subject: number, next: Tok | undefined): void {
  const p = parsePhrase(ctx.text, run);
  if (p === null) return;
  const pos = run[0]!.start;
  // A clause subject: the unit's subject, or a name directly followed by a (lower-case) verb.
  const followedByVerb =
    next !== undefined &&
    VERBISH.test(next.text) &&
    !ctx.text.slice(run.at(-1)!.end, next.start).includes(',');
  const level = pos <= subject && pos >= subject - 4 ? 2 : followedByVerb ? 1 : 0;
  if (p.type === 'person') {
    const strong = p.nameTokens.length >= 2 || p.role !== null;
    ctx.discourse.mention(p, pos, level, strong);
  } else if (p.type === 'org') {
    if (run.some((t) => isCap(t) && ORG_WORDS.has(key(t))) || run.some(isAcronym))
      ctx.discourse.mention(p, pos, level);
  }
}
