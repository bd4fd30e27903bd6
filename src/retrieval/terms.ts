import { stem } from '../articles/stem.js';

export { stem };

// Function words that carry no topic. English only: other languages keep every word, which is
// merely less precise, never wrong.
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    "said says say told tell according mr mrs ms dr would could may might must shall one two new also like get got 's"
  ).split(' '),
);

// Words that ask for a kind of answer rather than name a topic ("summary of this article").
const GENERIC = new Set(
  'summary summarize summarise summarise timeline quote quotes quoted said say says who what happened happen latest news article articles story stories this these it everything all key points main overview tell me give show list'.split(
    ' ',
  ),
);

/** Lower-cased word tokens of a text, in order, with possessives removed. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    out.push(m[0].replace(/['’]s$/, '').replace(/’/g, "'"));
  }
  return out;
}

/** Content terms of a text: stemmed words without stopwords. */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\p{N}/u.test(w)))
    .map(stem);
}

/** True when a query names no topic: empty, or only words like "summary", "who said what". */
export function isGenericQuery(query: string): boolean {
  return words(query).every((w) => GENERIC.has(w) || STOPWORDS.has(w));
}
