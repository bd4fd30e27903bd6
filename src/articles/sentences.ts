import type { Span } from './article.js';
import { paragraphSpans } from './passages.js';

// Tokens that end with a period without ending a sentence. Lower-cased, without the final period.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'pres',
  'supt',
  'rev',
  'hon',
  'st',
  'jr',
  'sr',
  'mt',
  'ft',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'vs',
  'v',
  'etc',
  'no',
  'nos',
  'fig',
  'approx',
  'dept',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'd.c',
  'a.m',
  'p.m',
  'ph.d',
  'f.b.i',
  'c.i.a',
  'n.y',
  'calif',
  'fla',
  'ill',
  'mass',
  'mich',
  'penn',
  'wash',
  'ariz',
  'colo',
  'conn',
  'tenn',
  'va',
  'ga',
  'la',
]);

// After these titles, a following capitalised word is still the same sentence ("Sen. Warren").
const NEVER_END = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'st',
  'no',
  'vs',
  'v',
]);
// Place acronyms usually continue ("U.S. officials"), but end a sentence when the next word is one
// that opens sentences and never follows the acronym inside a name ("…from the U.S. The deal…").
const PLACE_ACRONYMS = new Set(['u.s', 'u.k', 'u.n', 'd.c']);
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'after',
  'before',
  'his',
  'her',
  'their',
  'its',
  'our',
  'some',
  'many',
  'most',
  'no',
  'not',
  'as',
  'so',
  'yet',
  'still',
  'however',
  'meanwhile',
  'earlier',
  'later',
]);

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

/**
 * Sentence ranges in an article's text, never crossing a paragraph boundary. News-aware:
 * titles ("Sen."), initials ("John F. Kennedy") and "U.S." do not end a sentence, and a
 * closing quote after the final period stays with its sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const para of paragraphSpans(text)) {
    let start = para.start;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let j = i + 1;
      while (j < para.end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < para.end && CLOSERS.includes(text[j]!)) j++;
      if (j >= para.end) break;
      if (!/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < para.end && /\s/.test(text[k]!)) k++;
      const next = text[k];
      if (next === undefined || !startsSentence(text, k)) continue;
      if (ch === '.' && !endsSentenceAt(text, start, i, k)) continue;
      out.push(trimSpan(text, start, j));
      start = k;
      i = k - 1;
    }
    if (start < para.end) out.push(trimSpan(text, start, para.end));
  }
  return out.filter((s) => s.end > s.start);
}

function startsSentence(text: string, k: number): boolean {
  let c = text[k]!;
  let p = k;
  while (OPENERS.includes(c) && p + 1 < text.length) c = text[++p]!;
  return /[\p{Lu}\p{Nd}]/u.test(c) || OPENERS.includes(text[k]!);
}

function endsSentenceAt(text: string, sentenceStart: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > sentenceStart && /[\p{L}\p{N}.]/u.test(text[w - 1]!)) w--;
  const token = text.slice(w, dot);
  const lower = token.toLowerCase();
  if (token.length === 1 && /\p{Lu}/u.test(token)) return false; // an initial: "John F. Kennedy"
  if (NEVER_END.has(lower)) return false;
  if (PLACE_ACRONYMS.has(lower)) {
    const word = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(word);
  }
  if (ABBREVIATIONS.has(lower)) return /^(a\.m|p\.m|etc|inc|corp|co|ltd|jr|sr)$/.test(lower);
  return true;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
