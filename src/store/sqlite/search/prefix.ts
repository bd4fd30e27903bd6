import { porterStem } from '../../../articles/porter-stem.js';

/** A typed word beginning (`negotiat*`) as the stemmed index searches it. */
export interface IndexPrefix {
  /** The token written before `*` in the FTS5 expression (the index stems it into `stem`). */
  token: string;
  /** Index terms beginning with this match: what FTS5 matches, and what highlighting marks. */
  stem: string;
}

// Endings a typed beginning is usually completed with. Their tails count too: "ratin*" may be
// completed as "rating", whose index term is "rate".
const ENDINGS = `s es ies ied ier iest ed ing ings er ers est e y ly ily ely ally ably ibly ion ions
  ation ations ational ationally tional al als ality alities alism alist alize alized alization ance
  ances ancy ence ences ency ant ants ent ents ently ment ments ement ness nesses ful fully fulness
  ous ously ousness ic ics ical ically icate icity ism isms ist ists ity ities ive ives ively iveness
  ivity ative atives ize izes ized izing izer izers ization izations ise ised ising able ability ible ibility ator
  ators ate ates ated ating or ors logy logies logical`.split(/\s+/);

const COMPLETIONS = [
  ...new Set(['', ...ENDINGS.flatMap((e) => Array.from({ length: e.length }, (_, i) => e.slice(i)))]),
];

/**
 * The index stems words, so a typed beginning cannot be looked up as typed: "negotiations" is
 * stored as "negoti", which does not begin with "negotiat". The beginning is widened to what the
 * stems of its usual completions share ("negotiat" + ion, ed, ing… → "negoti"), then cut back
 * until FTS5's own stemming of it stays inside that ("rate" would be stemmed again), so the
 * search matches the word family: every word beginning with what was typed, and its inflections.
 */
export function indexPrefix(typed: string): IndexPrefix {
  let shared = porterStem(typed);
  for (const ending of COMPLETIONS) shared = commonPrefix(shared, porterStem(typed + ending));
  for (let n = shared.length; n > 0; n--) {
    const token = shared.slice(0, n);
    const stem = porterStem(token);
    if (shared.startsWith(stem)) return { token, stem };
  }
  return { token: typed, stem: porterStem(typed) };
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
