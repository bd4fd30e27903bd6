import { words } from '../../retrieval/terms.js';

// Openers that point back to something the reader of a summary has not seen.
const UNRESOLVED_OPENERS = new Set([
  'he',
  'she',
  'they',
  'it',
  'this',
  'these',
  'those',
  'that',
  'his',
  'her',
  'their',
  'its',
  'him',
  'them',
  'such',
  'both',
  'and',
  'but',
  'or',
  'so',
  'also',
  'then',
  'still',
  'yet',
  'however',
  'instead',
  'otherwise',
]);

const VERBS = new Set(
  (
    'is are was were be been being has have had will would can could should may might must shall do does did said says told tells ' +
    'met made took gave won lost went came left saw knew thought found sent held led set put cut hit ran began brought bought fell ' +
    'rose spent paid kept sold became got grew drew threw wrote spoke chose broke struck fought sought stood understood'
  ).split(' '),
);

// Web boilerplate that survives cleaning ("Follow us", "You can also read…", hashtags, copyright).
const BOILERPLATE =
  /(?:#\p{L}|©|https?:\/\/|\bwww\.|\bsubscribe\b|\bnewsletter\b|\bclick here\b|\bfollow us\b|\bsign up\b|\balso read\b|\bread more\b|\bunsubscribe\b)/iu;

/** Why a sentence is not fit to stand alone in a summary, or null when it is. */
export function summaryRejection(sentence: string, title: string): string | null {
  const text = sentence.trim();
  const w = words(text);
  if (sameWords(w, words(title))) return 'headline';
  if (w.length < 6) return 'short';
  if (text.length > 600) return 'long';
  if (/^[-•*–—·>]/.test(text) || /\s\|\s/.test(text)) return 'bullet or navigation';
  if (!/[.!?]["'”’)\]]*$/.test(text)) return 'no terminal punctuation';
  if (!/^["'“‘]?[\p{Lu}\p{N}]/u.test(text)) return 'fragment';
  if (BOILERPLATE.test(text)) return 'boilerplate';
  if (!unbalancedQuotesOk(text)) return 'part of a longer quote';
  if (UNRESOLVED_OPENERS.has(w[0]!)) return 'opens with an unresolved reference';
  // `"…," he said.`: the speaker is only a pronoun.
  if (/["”’'],?\s+(?:he|she|they|it)\s+(?:said|says|added|told|noted|explained)\b/i.test(text))
    return 'speaker is a pronoun';
  if (!hasVerb(text)) return 'no verb';
  return null;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return b.length > 0 && a.join(' ') === b.join(' ');
}

// A sentence cut from the middle of a multi-sentence quotation has an odd number of marks.
function unbalancedQuotesOk(text: string): boolean {
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return open === close && straight % 2 === 0;
}

// A lower-case word that is a common verb form or ends like one ("announced", "plans"). Capitalised
// words are skipped: "Airbus" or "Sears" in a list of names is not a verb.
function hasVerb(text: string): boolean {
  return text
    .split(/\s+/)
    .slice(1)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .some((w) => /^\p{Ll}/u.test(w) && (VERBS.has(w) || /\p{L}{2,}(?:ed|[^su]s)$/u.test(w)));
}
