/** A word or punctuation mark with its place in the article text. */
export interface Tok {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*\.?|[^\s\p{L}\p{N}]/gu;
// Abbreviations that keep their final period as part of the word.
const KEEP_DOT =
  /^(?:\p{L}|mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|maj|sgt|capt|cmdr|adm|jr|sr|st|rev|hon|supt|inc|corp|co|ltd|no|vs|pres|sec)$/iu;

/** Tokens of `text.slice(start, end)`. A sentence-final period is its own token; "U.S." and "Mr." stay whole. */
export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const s = start + m.index;
    const w = m[0];
    if (w.length > 1 && w.endsWith('.') && !w.slice(0, -1).includes('.') && !KEEP_DOT.test(w.slice(0, -1))) {
      out.push({ text: w.slice(0, -1), start: s, end: s + w.length - 1 });
      out.push({ text: '.', start: s + w.length - 1, end: s + w.length });
    } else {
      out.push({ text: w, start: s, end: s + w.length });
    }
  }
  return out;
}

/** Lower-cased key of a word: final period and possessive dropped ("Sen." → "sen", "Russia's" → "russia"). */
export function key(t: Tok | string): string {
  const s = typeof t === 'string' ? t : t.text;
  return s
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');
}

/** Starts with a letter or digit. */
export const isWord = (t: Tok): boolean => /^[\p{L}\p{N}]/u.test(t.text);
/** Starts with a capital letter. */
export const isCap = (t: Tok): boolean => /^\p{Lu}/u.test(t.text);
/** Ends in a possessive ("Russia's", "Jones'"). */
export const isPossessive = (t: Tok): boolean => /\p{L}['’]s?$/u.test(t.text) && /['’]s?$/.test(t.text);
/** All-capital acronym of two or more letters ("USAF", "NATO", "U.S."). */
export const isAcronym = (t: Tok): boolean => /^(?:\p{Lu}\.?){2,5}$/u.test(t.text.replace(/['’]s$/, ''));

/** The text range from the first to the last token. */
export const spanOf = (toks: readonly Tok[]): { start: number; end: number } => ({
  start: toks[0]!.start,
  end: toks[toks.length - 1]!.end,
});
