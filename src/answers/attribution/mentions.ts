import { insideQuote, type ReadContext } from './context.js';
import { ORG_WORDS } from './lexicon.js';
import { parsePhrase } from './names.js';
import { npWord } from './speaker-np.js';
import { isAcronym, isCap, key, tokenize, type Tok } from './tokens.js';
import type { Unit } from './units.js';

const OPENERS = new Set(`in on at during after before following for with despite although though while when as since
  last earlier later however meanwhile according but and so yet also still then now today yesterday by under over
  amid among from if once until unlike like besides beyond within without against to`.split(/\s+/));

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

/** Registers the people and organisations named in a unit (outside quotations), in order. */
export function registerMentions(ctx: ReadContext, u: Unit, subject: number): void {
  const toks = tokenize(ctx.text, u.start, u.end).filter((t) => !insideQuote(ctx, t.start));
  let run: Tok[] = [];
  const flush = (next: Tok | undefined): void => {
    while (run.length > 0 && run[run.length - 1]!.text === 'of') run.pop();
    while (run.length > 0 && (run[0]!.text === 'of' || !isCap(run[0]!) && !/^(the|a|an)$/i.test(run[0]!.text) && run.every((t) => !isCap(t)))) run.shift();
    if (run.some(isCap)) mention(ctx, run, subject, next);
    run = [];
  };
  for (const t of toks) {
    if (npWord(t) || (run.length === 0 && /^(the|a|an)$/i.test(t.text))) run.push(t);
    else flush(t);
  }
  flush(undefined);
}

// After a subject comes its verb; after an object, these.
const NOT_VERB = new Set(`of in on at to for with by from and or the a an that which who whom whose as than about after
  before over under into during against between among through across around near since until while because if but
  nor so yet his her their its this these those is was`.split(/\s+/));

function mention(ctx: ReadContext, run: Tok[], subject: number, next: Tok | undefined): void {
  const p = parsePhrase(ctx.text, run);
  if (p === null) return;
  const pos = run[0]!.start;
  // A clause subject: the unit's subject, or a name directly followed by a (lower-case) verb.
  const followedByVerb = next !== undefined && /^[a-z]+$/.test(next.text) && !NOT_VERB.has(next.text) && !ctx.text.slice(run.at(-1)!.end, next.start).includes(',');
  const level = pos <= subject && pos >= subject - 4 ? 2 : followedByVerb ? 1 : 0;
  if (p.type === 'person') {
    const strong = p.nameTokens.length >= 2 || p.role !== null;
    ctx.discourse.mention(p, pos, level, strong);
  } else if (p.type === 'org') {
    if (run.some((t) => isCap(t) && ORG_WORDS.has(key(t))) || run.some(isAcronym)) ctx.discourse.mention(p, pos, level);
  }
}
