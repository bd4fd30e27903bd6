import { ROLE_NOUNS, TITLES } from './lexicon.js';
import { DETS, npWord, type SpeakerWords } from './speaker-words.js';
import { isCap, key, tokenize, type Tok } from './tokens.js';

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
  else if (plainBefore && j === 1 && /^an?$/i.test(first.text))
    return { toks: toks.slice(0, j + roleAt + 1), appositive: null };
  // "said a Delhi auto parts supplier": a described person, capitalised place included.
  if (j === 1 && /^an?$/i.test(first.text)) {
    const headAt = toks.slice(1, 7).findIndex((t) => ROLE_NOUNS.has(key(t)));
    if (headAt >= 0 && toks.slice(1, 1 + headAt).every((t) => /^[\p{L}-]+$/u.test(t.text)))
      return { toks: toks.slice(0, 2 + headAt), appositive: null };
  }
  for (;;) {
    const t = toks[j];
    if (t === undefined) break;
    // "Assistant Secretary of the Air Force for Acquisition Marvin Sambur"
    const link = (t.text === 'of' || t.text === 'for') && j > 0;
    if (npWord(t) && !link) {
      j++;
      continue;
    }
    const skipThe = link && toks[j + 1]?.text === 'the' ? 1 : 0;
    const after = toks[j + 1 + skipThe];
    if (link && after !== undefined && isCap(after)) {
      j += 1 + skipThe;
      continue;
    }
    break;
  }
  while (j > 0 && /^(of|for|the)$/.test(toks[j - 1]!.text)) j--;
  const np = toks.slice(0, j);
  if (np.length === 0 || (np.length === 1 && DETS.has(np[0]!.text.toLowerCase()))) return null;
  const named = titlesThenName(toks, j);
  if (named !== null && np.some((t) => TITLES.has(key(t)))) return named;
  let appositive: Tok[] | null = null;
  if (toks[j]?.text === ',' && toks[j + 1] !== undefined && DETS.has(toks[j + 1]!.text.toLowerCase())) {
    let e = j + 1;
    while (e < toks.length && toks[e]!.text !== ',' && toks[e]!.text !== '.' && toks[e]!.text !== ';') e++;
    const chunk = toks.slice(j + 1, e);
    if (chunk.length <= 14 && chunk.some((t) => ROLE_NOUNS.has(key(t)))) appositive = chunk;
  }
  return { toks: np, appositive };
}

/**
 * "said Airbus President and Chief Executive Officer, Tom Enders.": titles joined by "and", then the
 * name after a comma closing the sentence. `j` is where the first run of title words ended.
 */
function titlesThenName(toks: readonly Tok[], j: number): SpeakerWords | null {
  let k = j;
  while (toks[k]?.text === 'and' && toks[k + 1] !== undefined && isCap(toks[k + 1]!)) {
    k++;
    while (toks[k] !== undefined && isCap(toks[k]!)) k++;
  }
  if (toks[k]?.text !== ',') return null;
  let e = k + 1;
  while (toks[e] !== undefined && isCap(toks[e]!) && !TITLES.has(key(toks[e]!))) e++;
  const name = toks.slice(k + 1, e);
  if (name.length < 2 || (toks[e] !== undefined && !/^[.!?]$/.test(toks[e]!.text))) return null;
  return { toks: name, appositive: toks.slice(0, k) };
}
