import { porterStem } from '../../../articles/porter-stem.js';

// Endings a typed beginning is usually completed with. Their tails count too: "ratin*" may be
// completed as "rating", whose index term is "rate".
const ENDINGS = `s es ies ied ier iest ed ing ings er ers est e y ly ily ely ally ably ibly ion ions
  ation ations ational ationally tional al als ality alities alism alist alize alized alization ance
  ances ancy ence ences ency ant ants ent ents ently ment ments ement ness nesses ful fully fulness
  ous ously ousness ic ics ical ically icate icity ism isms ist ists ity ities ive ives ively iveness
  ivity ative atives ize izes ized izing izer izers ization izations ise ised ising able ability ible
  ibility ator ators ate ates ated ating or ors logy logies logical`.split(/\s+/);

const COMPLETIONS = [
  ...new Set(['', ...ENDINGS.flatMap((e) => Array.from({ length: e.length }, (_, i) => e.slice(i)))]),
];

/**
 * The index terms of the words beginning with a typed beginning. The index stems words, so a
 * beginning cannot be looked up as typed: "negotiations" is stored as "negoti", which does not
 * begin with "negotiat". The Porter steps only change the last two characters of what they keep
 * (see termRoot), so a word's index term either begins with the typed beginning, or is at most
 * one character longer than it; those short terms are found by stemming the beginning with its
 * usual completions ("negotiat" + e, ion, ing… → "negoti").
 */
export interface PrefixFamily {
  /** Index terms beginning with this are in the family: the typed beginning, folded. */
  beginning: string;
  /** The family's shorter index terms, each with a word the index stems into it. */
  short: ReadonlyMap<string, string>;
}

export function prefixFamily(typed: string): PrefixFamily {
  const short = new Map<string, string>();
  for (const ending of COMPLETIONS) {
    const word = typed + ending;
    const term = porterStem(word);
    if (!term.startsWith(typed) && !short.has(term)) short.set(term, word);
  }
  return { beginning: typed, short };
}

/** Whether an index term belongs to the family. */
export function inFamily(family: PrefixFamily, term: string): boolean {
  return term.startsWith(family.beginning) || family.short.has(term);
}

/**
 * One FTS5 prefix query covering the whole family: `"token"*`, where FTS5 stems the token into
 * `stem`, a beginning shared by every term of the family. Often wider than the family ("brisy*"
 * becomes "bri*"), so it serves only when the family has too many terms to list.
 */
export function broadPrefix(family: PrefixFamily): { token: string; stem: string } {
  let shared = family.beginning;
  for (const term of family.short.keys()) shared = commonPrefix(shared, term);
  for (let n = shared.length; n > 0; n--) {
    const token = shared.slice(0, n);
    const stem = porterStem(token);
    if (shared.startsWith(stem)) return { token, stem };
  }
  return { token: family.beginning, stem: porterStem(family.beginning) };
}

// Endings tried when looking for a word that the index stems into a given term.
const INVERSE_ENDINGS = ['', 's', 'e', 'es', 'ed', 'ing', 'y'];

/** A token the index stems into exactly `term`, or null when none of the usual forms does. */
export function tokenForTerm(term: string): string | null {
  for (const ending of INVERSE_ENDINGS) if (porterStem(term + ending) === term) return term + ending;
  return null;
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
