import type { Span } from '../../articles/article.js';
import { stem, words } from '../../retrieval/index.js';

/** A figure in a sentence: its value, the word it counts, and the figure as written. */
export interface Figure extends Span {
  /** The figure as written, verbatim ("45,000", "$12 million", "three"). */
  text: string;
  value: number;
  /** Stem of the word counted ("vehicl"), or the currency sign for amounts. */
  unit: string;
  /** The counted words after the figure, up to two ("support beams"): what a note is about. */
  unitText: string;
}

const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])([$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|` +
    Object.keys(WORD_NUMBERS).join('|') +
    String.raw`)(?:\s+(thousand|million|billion|trillion))?(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
// Words after a figure that do not name what it counts.
const NOT_UNITS = new Set(
  'a an the of in on at to and or but for by from with than as per more less about over under nearly almost some other years year days day times time'.split(
    ' ',
  ),
);

/**
 * The figures of a sentence that count something: a number (digits, or a number word from two up)
 * followed by the word it counts ("40,000 vehicles", "three support beams"), or an amount of money.
 * Years, days of a month, times of day and figures next to another number are left out: they are
 * dates, not quantities.
 */
export function figuresIn(sentence: string, offset = 0): Figure[] {
  const out: Figure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const [all, currency, digits, scale] = m;
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    const after = sentence.slice(m.index + all.length);
    // The words after the figure up to the end of its clause: what it counts.
    const next = words(after.split(/[,.;:!?()"“”]/)[0]!).slice(0, 3);
    const raw = digits!.toLowerCase();
    const base = WORD_NUMBERS[raw] ?? Number(raw.replace(/,/g, ''));
    const isYear = !currency && !scale && /^\d{4}$/.test(raw) && base >= 1800 && base <= 2100;
    const nearDate = MONTHS.test(words(before).at(-1) ?? '') || MONTHS.test(next[0] ?? '');
    if (isYear || nearDate || /^\s*(?:a\.m\.|p\.m\.|o'clock|:\d)/i.test(after) || /[\d:/]\s*$/.test(before))
      continue;
    let unit: string;
    if (currency) unit = currency.trim();
    else if (/^\s*(?:%|per ?cent)/i.test(after)) unit = '%';
    else {
      const word = next[0];
      if (!word || NOT_UNITS.has(word) || /\d/.test(word)) continue;
      unit = stem(word);
    }
    out.push({
      start: offset + m.index,
      end: offset + m.index + all.length,
      text: all,
      value: base * (scale ? SCALES[scale.toLowerCase()]! : 1),
      unit,
      unitText: currency ? (scale ?? '') : countedWords(next),
    });
  }
  return out;
}

/** The counted words: from the first word after the figure, up to two, stopping at a function word. */
function countedWords(next: readonly string[]): string {
  const out: string[] = [];
  for (const w of next.slice(0, 2)) {
    if (NOT_UNITS.has(w)) break;
    out.push(w);
  }
  return out.join(' ');
}
