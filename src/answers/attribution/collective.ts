import { TITLES } from './lexicon.js';
import { parsePhrase, type Phrase } from './names.js';
import { GROUP_NOUNS, STATING_DOCUMENTS } from './source-lexicon.js';
import { ADVERBS, DAYS, NEGATIONS } from './speaker-words.js';
import { isCap, isPossessive, key, tokenize, type Tok } from './tokens.js';

/** A group or document source and the words naming it (the span shown as its name). */
export interface CollectiveWords {
  toks: Tok[];
  phrase: Extract<Phrase, { type: 'group' } | { type: 'document' } | { type: 'anon' }>;
}

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Words that cannot describe a group: function words, pronouns, auxiliaries and speech verbs. */
const FUNCTION = set(`
  the a an and or nor but of in on at for to by with from as that which who whom whose this these those there
  here it its he she they we i you his her their our my your me him them us not no is are was were be been
  being has have had will would could should can may might must do does did said says say told tell also
  than then so if when while because although though after before since until into over under about
  according just only even still already
`);
const QUANTIFIER =
  /^(?:some|many|most|several|few|both|all|other|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,]*)$/i;
/** Participles that describe a group or a document after its head: "surveyed by", "released on Monday". */
const PARTICIPLE = set(`
  surveyed polled briefed familiar close involved knowledgeable released published filed issued obtained
  seen reviewed dated posted sent written prepared commissioned conducted compiled made launched leaked cited
  quoted interviewed based aired broadcast
`);
/** Singular heads of an unnamed person source: "a spokesman for …", "one respondent". */
const UNNAMED_PERSON = set(`
  spokesman spokeswoman spokesperson official lawyer attorney aide adviser advisor executive source person
  representative member respondent resident witness employee analyst economist expert investigator officer
  narrator voice
`);
const COLLECTION =
  /^(?:group|coalition|team|panel|handful|number|couple|pair|dozens|hundreds|thousands|majority|bloc|delegation)$/i;
const PREPOSITION = set('at of for from in with inside within across on among under');
const RELATIVE = set('who that which whose');
const ADJECTIVE_ED = set('retired unnamed unidentified elected former');
const PLURAL_TITLES = set('sens reps drs messrs gens');

/**
 * The group or document that is the subject of a cue starting at `cueStart`: the longest run of words
 * ending at the cue (past adverbs, "on Friday", ", though,") that reads as one such phrase, starting
 * after punctuation or a function word between `from` and the cue.
 */
export function collectiveBefore(text: string, from: number, cueStart: number): CollectiveWords | null {
  const toks = tokenize(text, from, cueStart);
  let end = toks.length;
  for (;;) {
    const t = toks[end - 1];
    if (t === undefined) return null;
    const k = t.text.toLowerCase();
    if (NEGATIONS.has(k) || k.endsWith("n't")) return null;
    if (
      ADVERBS.has(k) ||
      TRAILING.has(k) ||
      DAYS.test(t.text) ||
      (/ly$/.test(k) && k.length > 4) ||
      (/^(?:this|next)$/.test(k) && end > 1)
    )
      end--;
    else if (
      /^(?:week|month|year|weekend)$/.test(k) &&
      /^(?:this|last|next)$/i.test(toks[end - 2]?.text ?? '')
    )
      end -= 2;
    else if (
      k === ',' &&
      /^(?:though|however|too|meanwhile)$/i.test(toks[end - 2]?.text ?? '') &&
      toks[end - 3]?.text === ','
    )
      end -= 3;
    else break;
  }
  // "states that lean Republican": a plural noun after a number word is no cue.
  if (QUANTIFIER.test(toks[end - 1]?.text ?? '') || /^(?:the|a|an)$/i.test(toks[end - 1]?.text ?? ''))
    return null;
  for (let s = 0; s < end; s++) {
    const before = toks[s - 1];
    if (s > 0 && !/^[,;:—–(]$/.test(before!.text) && !CLAUSE_START.has(before!.text.toLowerCase())) continue;
    if (FUNCTION.has(toks[s]!.text.toLowerCase()) && !/^(?:the|a|an)$/i.test(toks[s]!.text)) continue;
    const found = collectivePhrase(text, toks.slice(s, end));
    if (found !== null) return found;
  }
  return null;
}

/** A finite-looking verb that is not a plural group noun or document head ("agents", "reports"). */
export const looksLikeVerb = (t: Tok, verbish: RegExp): boolean =>
  verbish.test(t.text) && !GROUP_NOUNS.has(key(t)) && !STATING_DOCUMENTS.has(key(t));

/** Words after which a clause, and so a subject, may begin. */
const CLAUSE_START = set(
  'that and but while because although though as when after before if since whereas so',
);

/** Words between a group and its cue that are not part of its name ("have long complained"). */
const TRAILING = set('long both all now jointly on');

/**
 * Reads the whole of `toks` as a group or document source: "union leaders", "Executives at NBC, CBS and
 * Fox", "Economists surveyed by Marlin News", "a state audit released on Monday", "Sens. Tom Carper and
 * Ben Cardin". Null when any word does not fit, so a clause is never read as a name.
 */
export function collectivePhrase(text: string, toks: readonly Tok[]): CollectiveWords | null {
  return single(text, toks) ?? list(text, toks);
}

/** One noun phrase around a group noun or a stating document. */
function single(text: string, toks: readonly Tok[]): CollectiveWords | null {
  let i = 0;
  if (/^(?:more|fewer)$/i.test(toks[0]?.text ?? '') && toks[1]?.text === 'than') i = 2;
  const det = /^(?:the|a|an)$/i.test(toks[i]?.text ?? '') ? toks[i]!.text.toLowerCase() : null;
  if (det !== null) i++;
  // "A group of Washington politicians", "dozens of residents": the people are the head.
  if (COLLECTION.test(toks[i]?.text ?? '') && toks[i + 1]?.text === 'of') i += 2;
  const start = i;
  for (let h = start; h < toks.length && h < start + 6; h++) {
    const head = toks[h]!;
    const k = key(head);
    const group = GROUP_NOUNS.has(k);
    // Data speak only through their source: "new data from Nielsen", not "the data".
    const sourced = k === 'data' && /^(?:from|by)$/.test(toks[h + 1]?.text ?? '');
    const document = (STATING_DOCUMENTS.has(k) || sourced) && !isCap(head);
    // "a spokesman for the hospital group", "one respondent": one person the article does not name.
    const unnamed = UNNAMED_PERSON.has(k) && (det === 'a' || det === 'an' || /^one$/i.test(toks[0]!.text));
    if ((group || document || unnamed) && toks.slice(start, h).every((t, j) => modifier(t, j === 0))) {
      const kept = post(toks, h + 1, group || unnamed);
      if (kept === null) continue;
      const modified = h > start || det !== null || i > 0;
      if (document && !modified) return null;
      const nameToks = toks.slice(0, kept);
      const name = join(text, nameToks).replace(/^(The|A|An)\b/, (d) => (document ? d.toLowerCase() : d));
      const phrase: CollectiveWords['phrase'] = document
        ? { type: 'document', name, head: k }
        : unnamed
          ? { type: 'anon', name, head: k }
          : { type: 'group', name, head: k };
      return { toks: nameToks, phrase };
    }
    if (!modifier(head, h === start)) return null;
  }
  return null;
}

/** A word before the head: a capitalised word, a possessive, a number, or a plain noun or adjective. */
function modifier(t: Tok, first: boolean): boolean {
  const k = t.text.toLowerCase();
  if (first && QUANTIFIER.test(t.text)) return true;
  if (isPossessive(t) || /^\p{Lu}/u.test(t.text) || /^\d/.test(t.text)) return !FUNCTION.has(k) || k === 'us';
  if (!/^[a-z][a-z-]*$/.test(t.text) || FUNCTION.has(k)) return false;
  if (/ing$/.test(k)) return false;
  return !/ed$/.test(k) || ADJECTIVE_ED.has(k);
}

/**
 * What may follow the head, from `i` to the end: a prepositional phrase ("at NBC, CBS and Fox"), a
 * participle phrase ("surveyed by …", "released on Monday"), a relative clause ("who interviewed the
 * crews"), each possibly set off by commas. Returns where the name ends, or null when the rest does not fit.
 * A group keeps a phrase that is not set off by commas in its name; a document only a prepositional one.
 */
function post(toks: readonly Tok[], i: number, group: boolean): number | null {
  if (i >= toks.length) return i;
  // "The Justice Department letters Monday": a day after the head is not part of the name.
  if (
    toks.length - i <= 2 &&
    DAYS.test(toks.at(-1)!.text) &&
    (toks.length - i === 1 || toks[i]!.text === 'on')
  )
    return i;
  // "A spokesman for the association, which represents 60 hospitals,": the relative clause is dropped.
  const relative = toks.findIndex((t, j) => j > i && t.text === ',' && RELATIVE.has(toks[j + 1]?.text ?? ''));
  if (relative > 0 && toks.length - relative <= 26) {
    const kept = post(toks.slice(0, relative), i, group);
    return kept === null ? null : Math.min(kept, relative);
  }
  const comma = toks[i]!.text === ',';
  const from = comma ? i + 1 : i;
  const first = toks[from];
  if (first === undefined) return comma ? i : null;
  let rest = toks.slice(from + 1);
  if (comma && rest.at(-1)?.text === ',') rest = rest.slice(0, -1);
  const k = first.text.toLowerCase();
  if (RELATIVE.has(k)) return rest.length >= 1 && rest.length <= 24 ? i : null;
  if (PARTICIPLE.has(k)) {
    // "In a paper published on Wednesday, the team wrote": a comma inside ends the phrase before the cue.
    if (
      rest.length > 14 ||
      rest.some((t) => t.text === ',' || /^(?:is|are|was|were|said|says)$/.test(t.text))
    )
      return null;
    return comma || !group ? i : toks.length;
  }
  if (PREPOSITION.has(k)) {
    const last = rest.at(-1);
    // Commas only inside a list ("at NBC, CBS and Fox"), never around an appositive name.
    const lastComma = rest.map((t) => t.text).lastIndexOf(',');
    const listed = lastComma < 0 || (!comma && rest.slice(lastComma).some((t) => t.text === 'and'));
    const ok =
      listed &&
      last !== undefined &&
      rest.length <= 12 &&
      !QUANTIFIER.test(last.text) &&
      !FUNCTION.has(key(last)) &&
      rest.every((t) => /^(?:the|a|an|and|of|&|,|both|two|three)$/.test(t.text) || !FUNCTION.has(key(t)));
    if (!ok) return null;
    return comma ? i : toks.length;
  }
  return null;
}

/** Two or more named people, organisations or groups: "Tom Carper, Dianne Feinstein and Ben Cardin". */
function list(text: string, toks: readonly Tok[]): CollectiveWords | null {
  let s = 0;
  if (/^both$/i.test(toks[0]?.text ?? '')) s = 1;
  if (toks[s] !== undefined && PLURAL_TITLES.has(key(toks[s]!))) s++;
  const items: Tok[][] = [[]];
  let sawAnd = false;
  // "the European Central Bank (ECB)": an acronym in parentheses stays with the name before it.
  const plain = toks
    .slice(s)
    .filter(
      (t, i, ts) =>
        !(t.text === '(' && ts[i + 2]?.text === ')') &&
        !(t.text === ')' && ts[i - 2]?.text === '(') &&
        !(ts[i - 1]?.text === '(' && ts[i + 1]?.text === ')'),
    );
  for (const t of plain) {
    if (t.text === ',' || t.text === 'and' || t.text === '&') {
      if (t.text !== ',') sawAnd = true;
      if (items.at(-1)!.length > 0) items.push([]);
      continue;
    }
    items.at(-1)!.push(t);
  }
  if (items.at(-1)!.length === 0) items.pop();
  if (!sawAnd || items.length < 2) return null;
  for (const item of items) {
    if (FUNCTION.has(key(item[0]!)) && !/^the$/i.test(item[0]!.text)) return null;
    const p = parsePhrase(text, item);
    const named = p !== null && (p.type === 'person' || p.type === 'org');
    if (!named && single(text, item) === null) return null;
    if (p?.type === 'person' && p.nameTokens.length === 1 && TITLES.has(key(item[0]!))) return null;
  }
  const nameToks = toks.slice(s);
  return { toks: nameToks, phrase: { type: 'group', name: join(text, nameToks), head: 'people' } };
}

const join = (text: string, toks: readonly Tok[]): string =>
  toks.length === 0 ? '' : text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
