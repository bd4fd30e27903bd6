import { NOT_NAME, ROLE_NOUNS } from './lexicon.js';
import { parsePhrase } from './names.js';
import { unnamedSource } from './unnamed-source.js';
import {
  ADVERBIAL_OPENERS,
  ADVERBS,
  BY_VERBS,
  DAYS,
  DETS,
  NEGATIONS,
  npWord,
  type SpeakerWords,
} from './speaker-words.js';
import { isCap, key, tokenize, type Tok } from './tokens.js';

export { rightSpeaker } from './right-speaker.js';
export type { SpeakerWords } from './speaker-words.js';

/** The speaker words ending right before `cueStart` (the subject of the cue), searching back to `from`. */
export function leftSpeaker(text: string, from: number, cueStart: number): SpeakerWords | null {
  const toks = tokenize(text, from, cueStart);
  let appositive: Tok[] | null = null;
  for (let changed = true; changed && toks.length > 0;) {
    changed = false;
    const last = toks[toks.length - 1]!;
    const k = last.text.toLowerCase();
    if (NEGATIONS.has(k) || k.endsWith("n't")) return null;
    if (ADVERBS.has(k) || DAYS.test(last.text) || (/^(?:this|next)$/.test(k) && toks.length > 1)) {
      toks.pop();
      changed = true;
      continue;
    }
    if (k === 'on' && toks.length > 1) {
      toks.pop();
      changed = true;
      continue;
    }
    // "The fund this week said", "Comey in June said": a time phrase between speaker and cue.
    const prev = toks[toks.length - 2]?.text.toLowerCase() ?? '';
    if (
      (MONTHS.test(last.text) && /^(?:in|on|since|late|early|last)$/.test(prev)) ||
      (/^(?:week|month|year|weekend)$/.test(k) && /^(?:this|last|next)$/.test(prev))
    ) {
      toks.splice(-2);
      changed = true;
      continue;
    }
    if (k === 'by' && toks.length > 1 && BY_VERBS.test(toks[toks.length - 2]!.text)) {
      toks.splice(-2);
      changed = true;
      continue;
    }
    if (k === ',' && appositive === null) {
      const prevComma = lastIndexOf(toks, ',', toks.length - 2);
      const chunk = toks.slice(prevComma + 1, -1);
      const first = chunk[0];
      // A relative clause may run long: "William Reilly, who led … and has served as …, said".
      const relative = first !== undefined && /^(?:who|whose|which)$/i.test(first.text);
      if (first === undefined || prevComma < 0 || chunk.length > (relative ? 40 : 14)) return null;
      const f = first.text.toLowerCase();
      if (ADVERBIAL_OPENERS.has(f) || DAYS.test(first.text)) {
        toks.splice(prevComma);
        changed = true;
        continue;
      }
      // "Another automaker, General Motors (GM), announced": the acronym after the name is not its part.
      if (chunk.length > 3 && chunk.at(-1)!.text === ')' && chunk.at(-3)?.text === '(') chunk.splice(-3);
      const described = toks.slice(0, prevComma);
      const head = described.at(-1);
      const nameOnly =
        chunk.every((t) => npWord(t)) &&
        chunk.some(isCap) &&
        head !== undefined &&
        /^[a-z]+['’]?$/.test(head.text) &&
        described
          .slice(-7)
          .some((t) => /^(the|his|her|their|its|a|an|another)$/i.test(t.text) || /['’]s?$/.test(t.text));
      if (nameOnly) {
        // "The buyer, Clearwell Utilities, said" / "Strand's campaign manager, Toby Reyes, said": the name is the appositive.
        let k = described.length;
        while (
          k > 0 &&
          !/^(the|his|her|their|its|a|an|another)$/i.test(described[k - 1]!.text) &&
          described.length - k < 7
        )
          k--;
        return { toks: chunk, appositive: described.slice(k > 0 ? k - 1 : 0) };
      }
      if (
        DETS.has(f) ||
        f === 'who' ||
        f === 'which' ||
        (f === 'one' && chunk[1]?.text === 'of') ||
        f === 'whose' ||
        /^\d+$/.test(f) ||
        chunk.some((t) => ROLE_NOUNS.has(key(t)))
      ) {
        appositive = relative || /^\d+$/.test(f) || f === 'one' ? [] : chunk;
        toks.splice(prevComma);
        changed = true;
        continue;
      }
      return null;
    }
  }
  // "Sen. Ron Johnson (R-Wis.), who told …": the relative pronoun stands for the name before it.
  // "a woman who claims …": a restrictive relative after an unnamed person.
  if (
    toks.at(-1)?.text === 'who' &&
    ROLE_NOUNS.has(key(toks.at(-2) ?? '')) &&
    toks.slice(-5, -2).some((t) => /^an?$/i.test(t.text))
  )
    toks.pop();
  if (/^(?:who|which)$/.test(toks.at(-1)?.text ?? '') && toks.at(-2)?.text === ',') {
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
  if (/^(he|she|they|it)$/i.test(last.text))
    return appositive === null ? { toks: [last], appositive: null } : null;
  let i = toks.length;
  // "the Project on Government Oversight": a linking word between capitalised words stays in the name.
  const linked = (k: number): boolean =>
    /^(of|on|for)$/.test(toks[k]!.text) &&
    k > 0 &&
    isCap(toks[k - 1]!) &&
    toks[k + 1] !== undefined &&
    isCap(toks[k + 1]!);
  while (i > 0 && (npWord(toks[i - 1]!) || linked(i - 1))) i--;
  // "the influential US daily": up to two plain adjectives after a determiner.
  for (let back = 1; back <= 2 && i - back - 1 >= 0; back++) {
    const det = toks[i - back - 1]!;
    const adjs = toks.slice(i - back, i);
    if (DETS.has(det.text.toLowerCase()) && adjs.every((t) => /^[a-z-]+$/.test(t.text))) {
      i = i - back;
      break;
    }
  }
  if (i > 0 && (DETS.has(toks[i - 1]!.text.toLowerCase()) || /^(their|its)$/i.test(toks[i - 1]!.text))) i--;
  // Sentence-initial "And", "But", "However" are not part of the name.
  while (
    i < toks.length &&
    (toks[i]!.text === 'of' ||
      (NOT_NAME.has(toks[i]!.text.toLowerCase()) &&
        !DETS.has(toks[i]!.text.toLowerCase()) &&
        !(/^(their|its)$/i.test(toks[i]!.text) && i === toks.length - 2)))
  )
    i++;
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
  if (
    before !== undefined &&
    /^(and|or|&)$/.test(before.text) &&
    beforeThat !== undefined &&
    isCap(beforeThat)
  )
    return null;
  return { toks: np, appositive };
}

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

function lastIndexOf(toks: readonly Tok[], text: string, from: number): number {
  for (let i = from; i >= 0; i--) if (toks[i]!.text === text) return i;
  return -1;
}
