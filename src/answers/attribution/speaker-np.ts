import { INSTITUTION_HEADS, NOT_NAME, ORG_ROLE_NOUNS, ROLE_NOUNS, TITLES } from './lexicon.js';
import { parsePhrase } from './names.js';
import { isCap, isWord, key, tokenize, type Tok } from './tokens.js';

/** The words naming a speaker next to a cue, plus a role given in an appositive (", a Pentagon spokesman,"). */
export interface SpeakerWords {
  toks: Tok[];
  appositive: Tok[] | null;
}

const MODIFIERS = new Set(`former senior top chief deputy acting national presidential foreign defense defence press
  communications campaign security state federal interim executive general vice assistant associate principal lead
  managing regional local military economic political financial legal health justice interior finance trade energy
  environment education transport prime longtime long-time veteran high-ranking ranking white house of`.split(/\s+/));
const ADVERBS = new Set(`also later previously reportedly then has had have would will recently once further publicly
  repeatedly privately separately earlier again simply flatly strongly firmly angrily bluntly openly frequently often
  subsequently still first initially immediately quickly yesterday today tonight himself herself themselves itself
  only just already even sharply loudly quietly similarly likewise last week month night morning year
  afterward afterwards`.split(/\s+/));
const NEGATIONS = new Set(['not', "n't", 'never', 'nor', 'no']);
const DAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const DETS = new Set(['the', 'a', 'an']);
const ADVERBIAL_OPENERS = new Set(['however', 'meanwhile', 'in', 'on', 'at', 'during', 'for', 'though', 'too', 'also',
  'speaking', 'writing', 'asked', 'when', 'after', 'before', 'moreover', 'nevertheless', 'instead', 'again', 'later', 'though']);
const BY_VERBS = /^(concluded|ended|responded|began|started|opened|closed|replied|followed|reacted|finished)$/;

/** Words that can belong to a speaker phrase: capitalised words, role nouns and their modifiers. */
export const npWord = (t: Tok): boolean =>
  (isWord(t) && isCap(t)) || ROLE_NOUNS.has(key(t)) || INSTITUTION_HEADS.has(t.text) || ORG_ROLE_NOUNS.has(t.text) || MODIFIERS.has(t.text) || t.text === '&';

/** The speaker words ending right before `cueStart` (the subject of the cue), searching back to `from`. */
export function leftSpeaker(text: string, from: number, cueStart: number): SpeakerWords | null {
  const toks = tokenize(text, from, cueStart);
  let appositive: Tok[] | null = null;
  for (let changed = true; changed && toks.length > 0;) {
    changed = false;
    const last = toks[toks.length - 1]!;
    const k = last.text.toLowerCase();
    if (NEGATIONS.has(k) || k.endsWith("n't")) return null;
    if (ADVERBS.has(k) || DAYS.test(last.text)) { toks.pop(); changed = true; continue; }
    if (k === 'on' && toks.length > 1) { toks.pop(); changed = true; continue; }
    if (k === 'by' && toks.length > 1 && BY_VERBS.test(toks[toks.length - 2]!.text)) { toks.splice(-2); changed = true; continue; }
    if (k === ',' && appositive === null) {
      const prevComma = lastIndexOf(toks, ',', toks.length - 2);
      const chunk = toks.slice(prevComma + 1, -1);
      const first = chunk[0];
      if (first === undefined || prevComma < 0 || chunk.length > 14) return null;
      const f = first.text.toLowerCase();
      if (ADVERBIAL_OPENERS.has(f) || DAYS.test(first.text)) { toks.splice(prevComma); changed = true; continue; }
      const described = toks.slice(0, prevComma);
      const head = described.at(-1);
      const nameOnly = chunk.every((t) => npWord(t)) && chunk.some(isCap) && head !== undefined && /^[a-z]+['’]?$/.test(head.text)
        && described.slice(-4).some((t) => /^(the|his|her|their|its)$/i.test(t.text) || /['’]s?$/.test(t.text));
      if (nameOnly) {
        // "The buyer, Clearwell Utilities, said" / "Strand's campaign manager, Toby Reyes, said": the name is the appositive.
        let k = described.length;
        while (k > 0 && !/^(the|his|her|their|its)$/i.test(described[k - 1]!.text) && described.length - k < 5) k--;
        return { toks: chunk, appositive: described.slice(k > 0 ? k - 1 : 0) };
      }
      if (DETS.has(f) || f === 'who' || f === 'whose' || /^\d+$/.test(f) || chunk.some((t) => ROLE_NOUNS.has(key(t)))) {
        appositive = f === 'who' || f === 'whose' || /^\d+$/.test(f) ? [] : chunk;
        toks.splice(prevComma);
        changed = true;
        continue;
      }
      return null;
    }
  }
  // "Sen. Ron Johnson (R-Wis.), who told …": the relative pronoun stands for the name before it.
  if (toks.at(-1)?.text === 'who' && toks.at(-2)?.text === ',') {
    toks.splice(-2);
    if (toks.at(-1)?.text === ')') {
      const open = lastIndexOf(toks, '(', toks.length - 1);
      if (open > 0) toks.splice(open);
    }
  }
  // "A person familiar with the negotiations", "sources close to the investigation": unnamed sources.
  const source = unnamedSource(toks);
  if (source !== null) return { toks: source, appositive: null };
  const last = toks[toks.length - 1];
  if (last === undefined) return null;
  if (/^(he|she|they|it)$/i.test(last.text)) return appositive === null ? { toks: [last], appositive: null } : null;
  let i = toks.length;
  // "the Project on Government Oversight": a linking word between capitalised words stays in the name.
  const linked = (k: number): boolean => /^(of|on|for)$/.test(toks[k]!.text) && k > 0 && isCap(toks[k - 1]!) && toks[k + 1] !== undefined && isCap(toks[k + 1]!);
  while (i > 0 && (npWord(toks[i - 1]!) || linked(i - 1))) i--;
  // "the influential US daily": up to two plain adjectives after a determiner.
  for (let back = 1; back <= 2 && i - back - 1 >= 0; back++) {
    const det = toks[i - back - 1]!;
    const adjs = toks.slice(i - back, i);
    if (DETS.has(det.text.toLowerCase()) && adjs.every((t) => /^[a-z-]+$/.test(t.text))) { i = i - back; break; }
  }
  if (i > 0 && (DETS.has(toks[i - 1]!.text.toLowerCase()) || /^(their|its)$/i.test(toks[i - 1]!.text))) i--;
  // Sentence-initial "And", "But", "However" are not part of the name.
  while (i < toks.length && (toks[i]!.text === 'of' || (NOT_NAME.has(toks[i]!.text.toLowerCase()) && !DETS.has(toks[i]!.text.toLowerCase())
    && !(/^(their|its)$/i.test(toks[i]!.text) && i === toks.length - 2)))) i++;
  const np = toks.slice(i);
  if (np.length === 0) return null;
  // "Tom LaSorda, the president of Chrysler announced": an appositive whose closing comma is missing.
  if (/^the$/i.test(np[0]!.text) && toks[i - 1]?.text === ',' && appositive === null) {
    let k = i - 1;
    while (k > 0 && npWord(toks[k - 1]!) && isCap(toks[k - 1]!)) k--;
    const name = toks.slice(k, i - 1);
    const parsed = name.length >= 2 ? parsePhrase(text, name) : null;
    if (parsed?.type === 'person' && parsed.nameTokens.length >= 2) return { toks: name, appositive: np };
  }
  // "Tom Carper, Patrick Leahy and Ben Cardin said": several speakers, none of them alone.
  const before = toks[i - 1];
  const beforeThat = toks[i - 2];
  if (before !== undefined && /^(and|or|&)$/.test(before.text) && beforeThat !== undefined && isCap(beforeThat)) return null;
  return { toks: np, appositive };
}

/** The speaker words right after a cue ("…," said John Kirby, a Pentagon spokesman). */
export function rightSpeaker(text: string, cueEnd: number, limit: number): SpeakerWords | null {
  const toks = tokenize(text, cueEnd, Math.min(limit, cueEnd + 300));
  const first = toks[0];
  if (first === undefined) return null;
  if (/^(he|she|they|it)$/i.test(first.text)) return { toks: [first], appositive: null };
  let j = 0;
  if (DETS.has(first.text.toLowerCase())) j = 1;
  // "said port authority chairman Neil Hargreaves": plain words before a role and a name.
  const roleAt = toks.slice(j, j + 5).findIndex((t) => ROLE_NOUNS.has(key(t)) || TITLES.has(key(t)));
  const plainBefore = roleAt > 0 && toks.slice(j, j + roleAt).every((t) => /^[a-z-]+$/.test(t.text));
  if (plainBefore && toks[j + roleAt + 1] !== undefined && isCap(toks[j + roleAt + 1]!)) j += roleAt;
  // "said a university professor from …": an unnamed person described by a role.
  else if (plainBefore && j === 1 && /^an?$/i.test(first.text)) return { toks: toks.slice(0, j + roleAt + 1), appositive: null };
  // "said a Delhi auto parts supplier": a described person, capitalised place included.
  if (j === 1 && /^an?$/i.test(first.text)) {
    const headAt = toks.slice(1, 7).findIndex((t) => ROLE_NOUNS.has(key(t)));
    if (headAt >= 0 && toks.slice(1, 1 + headAt).every((t) => /^[\p{L}-]+$/u.test(t.text))) return { toks: toks.slice(0, 2 + headAt), appositive: null };
  }
  for (;;) {
    const t = toks[j];
    if (t === undefined) break;
    // "Assistant Secretary of the Air Force for Acquisition Marvin Sambur"
    const link = (t.text === 'of' || t.text === 'for') && j > 0;
    if (npWord(t) && !link) { j++; continue; }
    const skipThe = link && toks[j + 1]?.text === 'the' ? 1 : 0;
    const after = toks[j + 1 + skipThe];
    if (link && after !== undefined && isCap(after)) { j += 1 + skipThe; continue; }
    break;
  }
  while (j > 0 && /^(of|for|the)$/.test(toks[j - 1]!.text)) j--;
  const np = toks.slice(0, j);
  if (np.length === 0 || (np.length === 1 && DETS.has(np[0]!.text.toLowerCase()))) return null;
  let appositive: Tok[] | null = null;
  if (toks[j]?.text === ',' && toks[j + 1] !== undefined && DETS.has(toks[j + 1]!.text.toLowerCase())) {
    let e = j + 1;
    while (e < toks.length && toks[e]!.text !== ',' && toks[e]!.text !== '.' && toks[e]!.text !== ';') e++;
    const chunk = toks.slice(j + 1, e);
    if (chunk.length <= 14 && chunk.some((t) => ROLE_NOUNS.has(key(t)))) appositive = chunk;
  }
  return { toks: np, appositive };
}

const SOURCE_HEAD = /^(?:person|people|source|sources|official|officials|diplomat|diplomats|aide|aides|insider|insiders)$/i;
const SOURCE_LINK = /^(?:familiar with|close to|briefed on|with knowledge of|involved in|knowledgeable about)$/;

function unnamedSource(toks: Tok[]): Tok[] | null {
  for (let h = Math.max(0, toks.length - 9); h < toks.length - 2; h++) {
    if (!SOURCE_HEAD.test(toks[h]!.text)) continue;
    const link2 = `${toks[h + 1]!.text} ${toks[h + 2]!.text}`;
    const link3 = toks[h + 3] === undefined ? '' : `${link2} ${toks[h + 3]!.text}`;
    const linkLen = SOURCE_LINK.test(link3) ? 3 : SOURCE_LINK.test(link2) ? 2 : 0;
    const rest = toks.slice(h + 1 + linkLen);
    if (linkLen === 0 || rest.length === 0 || rest.length > 4 || !rest.every((t) => /^[\p{L}'’-]+$/u.test(t.text))) continue;
    let start = h;
    while (start > 0 && start > h - 3 && /^(?:a|an|two|three|several|senior|administration|government|western|u\.s\.|[A-Z][\w.]*)$/i.test(toks[start - 1]!.text)) start--;
    return toks.slice(start);
  }
  return null;
}

function lastIndexOf(toks: readonly Tok[], text: string, from: number): number {
  for (let i = from; i >= 0; i--) if (toks[i]!.text === text) return i;
  return -1;
}
