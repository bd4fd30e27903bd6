import { GENERIC_NAME_WORDS, NOT_NAMES, STORY_STOPWORDS } from './stopwords.js';
import { stem } from '../articles/stem.js';

/** What story grouping compares: counts of content terms and of name terms, and a day number. */
export interface StoryFeatures {
  /** Stemmed content word → weighted count (title words count TITLE_WEIGHT times). */
  terms: Map<string, number>;
  /** Name key (a capitalised word, or a whole multi-word name) → count, from the body. */
  names: Map<string, number>;
  /** Content terms of the headline and the opening sentences: what the event is, in brief. */
  head: Map<string, number>;
  /** Content terms of the opening sentences alone (not stored: only merging reads them). */
  opening: Map<string, number>;
  /** Days since 1970-01-01 of the article's date (published, else ingested). */
  day: number;
}

/** The fields of an article that grouping reads. */
export interface StoryInput {
  title: string;
  text: string;
  /** `YYYY-MM-DD` or an ISO date-time. */
  date: string;
}

// A headline names the event in a few words, so each of its words weighs like several body mentions.
const TITLE_WEIGHT = 3;
// Body words beyond this many characters add little about the event and cost time.
const MAX_TEXT_CHARS = 20_000;

/** Whole days since the Unix epoch of an ISO date or date-time (UTC). */
export function dayNumber(date: string): number {
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isNaN(t) ? 0 : Math.floor(t / 86_400_000);
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[.'’]/g, '');
}

/** Content terms of a text: folded, stemmed, without stopwords and bare numbers. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu)) {
    for (const part of fold(m[0]).split('-')) {
      if (part.length < 2 || STORY_STOPWORDS.has(part) || /^\d+$/.test(part)) continue;
      out.push(stem(part));
    }
  }
  return out;
}

function add(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

// The opening of a news article states the event; this many characters cover one or two sentences.
const LEAD_CHARS = 300;

function leadOf(body: string): string {
  const cut = body.slice(0, LEAD_CHARS);
  const end = cut.lastIndexOf(' ');
  return end > 0 && body.length > LEAD_CHARS ? cut.slice(0, end) : cut;
}

/** Features of one article, computed once at assignment time. */
export function storyFeatures(input: StoryInput): StoryFeatures {
  const terms = new Map<string, number>();
  const body = input.text.slice(0, MAX_TEXT_CHARS);
  for (const w of contentWords(input.title)) add(terms, w, TITLE_WEIGHT);
  for (const w of contentWords(body)) add(terms, w);
  const head = new Map<string, number>();
  const opening = new Map<string, number>();
  for (const w of contentWords(input.title)) add(head, w);
  for (const w of contentWords(leadOf(body))) {
    add(head, w);
    add(opening, w);
  }
  return { terms, names: nameTerms(body), head, opening, day: dayNumber(input.date) };
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'inc',
  'corp',
  'co',
]);

const TOKEN = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*\.?|[.!?;:"“”()\n]/gu;

/**
 * Capitalised word sequences of a body ("Hillary Clinton", "F.B.I.", "Air Force"). Each word
 * counts on its own (so "Clinton" meets "Hillary Clinton") and a multi-word name also counts
 * whole. A capitalised word that only ever opens a sentence ("Stock markets fell") is not a name.
 */
export function nameTerms(text: string): Map<string, number> {
  const sequences: Array<{ words: string[]; atStart: boolean }> = [];
  const midSentence = new Set<string>();
  let current: string[] = [];
  let currentAtStart = false;
  let sentenceStart = true;
  const flush = (): void => {
    if (current.length > 0) sequences.push({ words: current, atStart: currentAtStart });
    current = [];
  };
  for (const m of text.matchAll(TOKEN)) {
    const tok = m[0];
    if (/^[.!?;:"“”()\n]$/.test(tok)) {
      flush();
      if (tok !== '"' && tok !== '“' && tok !== '”' && tok !== '(' && tok !== ')') sentenceStart = true;
      continue;
    }
    const word = fold(tok.replace(/\.$/, '').replace(/\./g, ''));
    const capital = /^\p{Lu}/u.test(tok) && !NOT_NAMES.has(word) && !/^\d/.test(tok);
    if (capital && word.length > 1) {
      if (current.length === 0) currentAtStart = sentenceStart;
      current.push(word);
      if (!sentenceStart) midSentence.add(word);
    } else {
      flush();
    }
    // "Mr.", "U.S." and initials end with a period without ending the sentence.
    sentenceStart =
      tok.endsWith('.') && !ABBREVIATIONS.has(word) && !/^\p{Lu}\.$/u.test(tok) && !/\.\p{L}/u.test(tok);
  }
  flush();
  const names = new Map<string, number>();
  for (const seq of sequences) {
    let words = seq.words;
    // A lone capitalised word at a sentence start is only a name when it also appears mid-sentence.
    if (seq.atStart && words.length === 1 && !midSentence.has(words[0]!)) continue;
    if (seq.atStart && words.length > 1 && !midSentence.has(words[0]!) && STORY_STOPWORDS.has(words[0]!))
      words = words.slice(1);
    for (const w of words) if (!STORY_STOPWORDS.has(w) && !GENERIC_NAME_WORDS.has(w)) add(names, w);
    if (words.length > 1) add(names, words.join(' '));
  }
  return names;
}
