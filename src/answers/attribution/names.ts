import { FEMALE_NAMES, MALE_NAMES } from './first-names.js';
import {
  AFFILIATIONS,
  ANON_HEADS,
  DOCUMENT_HEADS,
  FEMALE_MARKERS,
  INSTITUTION_HEADS,
  MALE_MARKERS,
  NOT_NAME,
  ORG_ROLE_NOUNS,
  ORG_WORDS,
  PLACES,
  PRONOUNS,
  ROLE_NOUNS,
  TITLES,
} from './lexicon.js';
import { STATING_DOCUMENTS } from './source-lexicon.js';
import { isAcronym, isCap, isPossessive, key, type Tok } from './tokens.js';

/** A speaker's gender or number, as pronouns show it. */
export type Gender = 'male' | 'female' | 'plural' | 'neuter';

/** What a speaker phrase ("National Security Council spokesman John Kirby", "he", "the White House") names. */
export type Phrase =
  | { type: 'person'; name: string; nameTokens: string[]; role: string | null; gender: Gender | null }
  | { type: 'pronoun'; gender: Gender }
  | { type: 'roleRef'; head: string; text: string; group?: boolean }
  | { type: 'orgRef'; head: string; text: string }
  | { type: 'org'; name: string }
  | { type: 'anon'; name: string; head: string }
  /** People named together: "union leaders", "Executives at NBC, CBS and Fox", "Tom Carper and Ben Cardin". */
  | { type: 'group'; name: string; head: string }
  /** A document stating something: "the lawsuit", "a state audit", "the central bank's monthly survey". */
  | { type: 'document'; name: string; head: string };

/** Collective nouns that name the speakers themselves when nothing earlier does ("the team wrote"). */
const GROUP_HEADS = new Set([
  'team',
  'club',
  'researchers',
  'scientists',
  'authors',
  'police',
  'organizers',
  'organisers',
  'protesters',
  'investigators',
  'prosecutors',
  'authorities',
  'officials',
  'analysts',
  'experts',
  'economists',
  'lawmakers',
  'critics',
  'residents',
  'workers',
  'doctors',
  'judges',
  'panel',
  'jury',
  'committee',
  'board',
  'family',
  'relatives',
]);
const LEADING_ADVERBS = new Set([
  'now',
  'then',
  'still',
  'meanwhile',
  'instead',
  'separately',
  'similarly',
  'likewise',
  'currently',
]);
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'bin',
  'al',
  'da',
  'del',
  'der',
  'du',
  'dos',
  'di',
  'la',
  'le',
  'ibn',
  'el',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Words that can be part of a personal name. */
function nameWord(t: Tok): boolean {
  const k = key(t);
  if (SUFFIXES.has(k)) return true;
  if (!isCap(t) || isPossessive(t)) return false;
  if (TITLES.has(k) || AFFILIATIONS.has(k) || ORG_WORDS.has(k) || NOT_NAME.has(k) || PLACES.has(k))
    return false;
  if (isAcronym(t) && !/^\p{Lu}\.$/u.test(t.text)) return false;
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text);
}

/** Gender suggested by a title or role word, else by the first name. */
export function genderOf(roleWords: readonly string[], nameTokens: readonly string[]): Gender | null {
  for (const w of roleWords) {
    const k = key(w);
    if (MALE_MARKERS.has(k)) return 'male';
    if (FEMALE_MARKERS.has(k)) return 'female';
  }
  const first = nameTokens[0];
  if (first === undefined || nameTokens.length < 2) return null;
  if (FEMALE_NAMES.has(key(first))) return 'female';
  if (MALE_NAMES.has(key(first))) return 'male';
  return null;
}

/**
 * Names around "of": "John Conyers of Michigan" (the name before), "Secretary of Homeland Security
 * Jeh Johnson" (a title before, the name is the last words after).
 */
function personOf(text: string, body: Tok[], of: number): Phrase | null {
  const left = body.slice(0, of);
  const right = body.slice(of + 1);
  const leftPhrase =
    left.length >= 2 || (left.length === 1 && !TITLES.has(key(left[0]!))) ? parsePhrase(text, left) : null;
  if (leftPhrase?.type === 'person' && (leftPhrase.nameTokens.length >= 2 || leftPhrase.role !== null))
    return leftPhrase;
  let n = 0;
  while (n < right.length && nameWord(right[right.length - 1 - n]!)) n++;
  if (!TITLES.has(key(left[left.length - 1] ?? '')) || n < 2) return null;
  const take = n >= 3 && /^\p{Lu}\.$/u.test(right[right.length - 2]!.text) ? 3 : 2;
  const name = right.slice(-take);
  const role = body.slice(0, body.length - take);
  return {
    type: 'person',
    name: join(text, name),
    nameTokens: name.map((t) => t.text),
    role: join(text, role),
    gender: genderOf(
      role.map((t) => t.text),
      name.map((t) => t.text),
    ),
  };
}

const join = (text: string, toks: readonly Tok[]): string =>
  toks.length === 0 ? '' : text.slice(toks[0]!.start, toks[toks.length - 1]!.end);

/**
 * Reads a speaker phrase (already cut out of its sentence). Returns null for phrases that name no
 * speaker ("the report", "it's worth").
 */
export function parsePhrase(text: string, toks: readonly Tok[]): Phrase | null {
  if (toks.length === 0) return null;
  if (toks.length === 1) {
    const g = PRONOUNS.get(toks[0]!.text.toLowerCase());
    if (g !== undefined) return { type: 'pronoun', gender: g };
  }
  let body = [...toks];
  const of = body.findIndex((t, i) => t.text === 'of' && i > 0);
  if (of > 0) {
    const person = personOf(text, body, of);
    if (person !== null) return person;
    // "Shares of Solvane Industries": the organisation is after "of".
    if (of === 1 && !ORG_WORDS.has(key(body[0]!)) && !TITLES.has(key(body[0]!)) && body.slice(2).some(isCap))
      return parsePhrase(text, body.slice(2));
  }
  while (body.length > 0 && (body[body.length - 1]!.text === ',' || body[body.length - 1]!.text === '.'))
    body.pop();
  const det =
    body.length > 0 && DETERMINERS.has(body[0]!.text.toLowerCase()) ? body[0]!.text.toLowerCase() : null;
  if (det !== null) body = body.slice(1);
  if (body.length === 0) return null;
  // The personal name is the run of name words at the end ("… spokesman John Kirby").
  let i = body.length;
  while (
    i > 0 &&
    (nameWord(body[i - 1]!) ||
      (PARTICLES.has(body[i - 1]!.text) && i < body.length && i > 1 && nameWord(body[i - 2]!)))
  )
    i--;
  while (i < body.length && (PARTICLES.has(body[i]!.text) || SUFFIXES.has(key(body[i]!)))) i++;
  const name = body.slice(i);
  let rest = body.slice(0, i);
  while (
    rest.length > 0 &&
    (NOT_NAME.has(key(rest[0]!)) || LEADING_ADVERBS.has(key(rest[0]!))) &&
    !DETERMINERS.has(key(rest[0]!))
  )
    rest = rest.slice(1);
  const last = body[body.length - 1]!;
  const lastKey = key(last);
  if (body.every((t) => TITLES.has(key(t)))) {
    return det === 'the' ? { type: 'roleRef', head: lastKey, text: join(text, toks) } : null;
  }
  // "A person familiar with the negotiations": an unnamed source is named by its description.
  if (
    body.length > 2 &&
    ANON_HEADS.has(key(body[0]!)) &&
    /^(familiar|close|briefed|with|involved|knowledgeable)$/.test(body[1]!.text)
  ) {
    return { type: 'anon', name: join(text, toks), head: key(body[0]!) };
  }
  // "their union", "its board": a body named through its members.
  if (
    det === null &&
    body.length === 2 &&
    /^(their|its)$/i.test(body[0]!.text) &&
    INSTITUTION_HEADS.has(lastKey)
  ) {
    return { type: 'anon', name: join(text, toks), head: lastKey };
  }
  if (
    body.length === 1 &&
    det === null &&
    (ANON_HEADS.has(lastKey) || ROLE_NOUNS.has(lastKey) || INSTITUTION_HEADS.has(lastKey))
  ) {
    return { type: 'anon', name: last.text, head: lastKey };
  }
  if (name.length > 0 && name.length <= 5) {
    const restLast = rest[rest.length - 1];
    // "the carmaker Chrysler", "auto manufacturer Chrysler": a business's kind before its name.
    if (restLast !== undefined && !isCap(restLast) && ORG_ROLE_NOUNS.has(key(restLast)))
      return { type: 'org', name: join(text, name) };
    const titled =
      restLast !== undefined &&
      (TITLES.has(key(restLast)) ||
        ROLE_NOUNS.has(key(restLast)) ||
        AFFILIATIONS.has(key(restLast)) ||
        (PLACES.has(key(restLast)) && name.length >= 2));
    const hasOrgWord = rest.some((t) => ORG_WORDS.has(key(t)) && isCap(t)) && !titled;
    const placeLike = name.length === 1 && rest.length > 0 && !titled;
    const isPlace = name.length === 1 && rest.length === 0 && PLACES.has(key(name[0]!));
    // "a smiling Clinton": plain adjectives before a name.
    const described =
      det !== null &&
      rest.length > 0 &&
      rest.length <= 2 &&
      rest.every((t) => /^[a-z-]+$/.test(t.text) && !ROLE_NOUNS.has(key(t)));
    if (described && !isPlace && name.every((t) => !ORG_WORDS.has(key(t)))) {
      return {
        type: 'person',
        name: join(text, name),
        nameTokens: name.map((t) => t.text),
        role: null,
        gender: genderOf(
          [],
          name.map((t) => t.text),
        ),
      };
    }
    if (det === null && !hasOrgWord && !placeLike && !isPlace && (rest.length === 0 || titled)) {
      const nameTokens = name.map((t) => t.text);
      return {
        type: 'person',
        name: join(text, name),
        nameTokens,
        role: rest.length > 0 ? join(text, rest) : null,
        gender: genderOf(
          rest.map((t) => t.text),
          nameTokens,
        ),
      };
    }
  }
  const phrase = join(text, det === null ? body : toks.filter((t) => t.text !== ',' && t.text !== '.'));
  // "the lawsuit", "a state audit", "Pentagon documents": a document as a source, named as written.
  if (
    !isCap(last) &&
    STATING_DOCUMENTS.has(lastKey) &&
    (det !== null || body.slice(0, -1).some((t) => isCap(t) || isPossessive(t)))
  )
    return { type: 'document', name: phrase.replace(/^(The|A|An)\b/, (d) => d.toLowerCase()), head: lastKey };
  // "the president of Chrysler": a role reference with its organisation.
  const ofAt = body.findIndex((t) => t.text === 'of');
  if (det === 'the' && ofAt > 0 && !isCap(body[ofAt - 1]!) && ROLE_NOUNS.has(key(body[ofAt - 1]!))) {
    return { type: 'roleRef', head: key(body[ofAt - 1]!), text: phrase };
  }
  // "a Delhi": an indefinite article never introduces an organisation's name.
  if (det === 'a' || det === 'an') {
    return !isCap(last) && ROLE_NOUNS.has(lastKey) ? { type: 'anon', name: phrase, head: lastKey } : null;
  }
  if (DOCUMENT_HEADS.has(lastKey) && !isCap(last)) return null;
  if (!isCap(last) && (ANON_HEADS.has(lastKey) || GROUP_HEADS.has(lastKey))) {
    if (det === 'the')
      return {
        type: 'roleRef',
        head: lastKey,
        text: phrase,
        group: GROUP_HEADS.has(lastKey) || lastKey.endsWith('s'),
      };
    return { type: 'anon', name: phrase, head: lastKey };
  }
  if (det === 'the' && !isCap(last) && ORG_ROLE_NOUNS.has(lastKey))
    return { type: 'orgRef', head: lastKey, text: phrase };
  if (det === 'the' && !isCap(last) && ROLE_NOUNS.has(lastKey))
    return { type: 'roleRef', head: lastKey, text: phrase };
  if ((det === 'a' || det === 'an') && !isCap(last) && ROLE_NOUNS.has(lastKey))
    return { type: 'anon', name: phrase, head: lastKey };
  if (!isCap(last) && INSTITUTION_HEADS.has(lastKey) && body.slice(0, -1).some(isCap)) {
    return { type: 'org', name: det === 'the' ? phrase.replace(/^The\b/, 'the') : phrase };
  }
  if (body.some(isCap) && (isCap(last) || isAcronym(last)) && !isPossessive(last)) {
    // "firm General Motors": the kind of business before its name is not part of the name.
    const lead = body.findIndex(isCap);
    const describedBy = body.slice(0, lead);
    if (
      lead > 0 &&
      describedBy.every((t) => /^[a-z-]+$/.test(t.text)) &&
      (det === null || ORG_ROLE_NOUNS.has(key(describedBy.at(-1)!)))
    )
      return { type: 'org', name: join(text, body.slice(lead)) };
    const orgName =
      det === 'the' &&
      !/^The\s+(New York|Washington|Wall Street|Los Angeles|Financial|Associated|Guardian|Times|Economist|Post|Hill|Independent|Telegraph|Atlantic)\b/.test(
        phrase,
      )
        ? phrase.replace(/^The\b/, 'the')
        : phrase;
    return { type: 'org', name: orgName };
  }
  return null;
}
