/**
 * The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it (fts5_tokenize.c), so
 * code outside the database can tell which words the full-text index treats as one. It works on
 * the UTF-8 bytes of an already folded token (lower case, no diacritics): tokens shorter than 3
 * or longer than 64 bytes pass through unchanged, and any non-ASCII byte counts as a consonant.
 */
export function porterStem(token: string): string {
  if (/^[\x00-\x7f]*$/.test(token))
    return token.length < 3 || token.length > MAX_BYTES ? token : stemBytes(token);
  // One character per UTF-8 byte, stemmed, then read back as UTF-8: the same bytes FTS5 stores.
  const bytes = Buffer.from(token, 'utf8');
  if (bytes.length < 3 || bytes.length > MAX_BYTES) return token;
  return Buffer.from(stemBytes(bytes.toString('latin1')), 'latin1').toString('utf8');
}

const MAX_BYTES = 64;

function isVowel(c: string | undefined, yIsVowel: boolean): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y');
}

/** Length of the first vowel–consonant run of `z` (0 when there is none). */
function gobbleVC(z: string, from: number, to: number, prevConsonant: boolean): number {
  let cons = prevConsonant;
  let i = from;
  for (; i < to; i++) {
    cons = !isVowel(z[i], cons);
    if (!cons) break;
  }
  for (i++; i < to; i++) {
    cons = !isVowel(z[i], cons);
    if (cons) return i + 1 - from;
  }
  return 0;
}

/** m > 0: the stem has at least one vowel–consonant sequence. */
const mGt0 = (z: string, n: number): boolean => gobbleVC(z, 0, n, false) > 0;

/** m > 1. */
function mGt1(z: string, n: number): boolean {
  const first = gobbleVC(z, 0, n, false);
  return first > 0 && gobbleVC(z, first, n, true) > 0;
}

/** m = 1. */
function mEq1(z: string, n: number): boolean {
  const first = gobbleVC(z, 0, n, false);
  return first > 0 && gobbleVC(z, first, n, true) === 0;
}

/** *o: ends consonant–vowel–consonant, the last not w, x or y. */
function oStar(z: string, n: number): boolean {
  const last = z[n - 1];
  if (last === 'w' || last === 'x' || last === 'y') return false;
  let mask = 0;
  let cons = false;
  for (let i = 0; i < n; i++) {
    cons = !isVowel(z[i], cons);
    mask = ((mask << 1) | (cons ? 1 : 0)) & 7;
  }
  return mask === 5;
}

/** *v*: the stem contains a vowel (y counts after the first letter). */
function hasVowel(z: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (isVowel(z[i], i > 0)) return true;
  return false;
}

type Condition = (z: string, n: number) => boolean;
type Rule = readonly [suffix: string, condition: Condition, output: string];

const mGt1SorT: Condition = (z, n) => (z[n - 1] === 's' || z[n - 1] === 't') && mGt1(z, n);

// Rules in FTS5's order. The first suffix that ends the word (the word being longer than it)
// decides: when its condition fails, no later rule of the step is tried.
const STEP2: readonly Rule[] = [
  ['ational', mGt0, 'ate'],
  ['tional', mGt0, 'tion'],
  ['enci', mGt0, 'ence'],
  ['anci', mGt0, 'ance'],
  ['izer', mGt0, 'ize'],
  ['logi', mGt0, 'log'],
  ['bli', mGt0, 'ble'],
  ['alli', mGt0, 'al'],
  ['entli', mGt0, 'ent'],
  ['eli', mGt0, 'e'],
  ['ousli', mGt0, 'ous'],
  ['ization', mGt0, 'ize'],
  ['ation', mGt0, 'ate'],
  ['ator', mGt0, 'ate'],
  ['alism', mGt0, 'al'],
  ['iveness', mGt0, 'ive'],
  ['fulness', mGt0, 'ful'],
  ['ousness', mGt0, 'ous'],
  ['aliti', mGt0, 'al'],
  ['iviti', mGt0, 'ive'],
  ['biliti', mGt0, 'ble'],
];

const STEP3: readonly Rule[] = [
  ['ical', mGt0, 'ic'],
  ['ness', mGt0, ''],
  ['icate', mGt0, 'ic'],
  ['iciti', mGt0, 'ic'],
  ['ful', mGt0, ''],
  ['ative', mGt0, ''],
  ['alize', mGt0, 'al'],
];

const STEP4: readonly Rule[] = [
  ['al', mGt1, ''],
  ['ance', mGt1, ''],
  ['ence', mGt1, ''],
  ['er', mGt1, ''],
  ['ic', mGt1, ''],
  ['able', mGt1, ''],
  ['ible', mGt1, ''],
  ['ant', mGt1, ''],
  ['ement', mGt1, ''],
  ['ment', mGt1, ''],
  ['ent', mGt1, ''],
  ['ion', mGt1SorT, ''],
  ['ou', mGt1, ''],
  ['ism', mGt1, ''],
  ['ate', mGt1, ''],
  ['iti', mGt1, ''],
  ['ous', mGt1, ''],
  ['ive', mGt1, ''],
  ['ize', mGt1, ''],
];

function applyRules(z: string, rules: readonly Rule[]): string {
  for (const [suffix, condition, output] of rules) {
    if (z.length > suffix.length && z.endsWith(suffix)) {
      const stem = z.length - suffix.length;
      return condition(z, stem) ? z.slice(0, stem) + output : z;
    }
  }
  return z;
}

function step1a(z: string): string {
  const n = z.length;
  if (z[n - 1] !== 's') return z;
  if (z[n - 2] === 'e') {
    const es = (n > 4 && z[n - 4] === 's' && z[n - 3] === 's') || (n > 3 && z[n - 3] === 'i');
    return z.slice(0, es ? n - 2 : n - 1);
  }
  return z[n - 2] === 's' ? z : z.slice(0, n - 1);
}

/** Step 1b: -eed, -ed, -ing. Returns the word and whether -ed/-ing was removed. */
function step1b(z: string): [string, boolean] {
  const n = z.length;
  if (n > 3 && z.endsWith('eed')) return [mGt0(z, n - 3) ? z.slice(0, n - 1) : z, false];
  if (n > 2 && z.endsWith('ed')) return hasVowel(z, n - 2) ? [z.slice(0, n - 2), true] : [z, false];
  if (n > 3 && z.endsWith('ing')) return hasVowel(z, n - 3) ? [z.slice(0, n - 3), true] : [z, false];
  return [z, false];
}

/** After -ed/-ing: restore an e (conflat(ed) → conflate), or undouble a consonant (hopp(ing) → hop). */
function step1bTidy(z: string): string {
  const n = z.length;
  if (n > 2 && (z.endsWith('at') || z.endsWith('bl') || z.endsWith('iz'))) return `${z}e`;
  const c = z[n - 1];
  if (!isVowel(c, false) && c !== 'l' && c !== 's' && c !== 'z' && c === z[n - 2]) return z.slice(0, n - 1);
  if (mEq1(z, n) && oStar(z, n)) return `${z}e`;
  return z;
}

function stemBytes(word: string): string {
  let z = step1a(word);
  const [afterB, removed] = step1b(z);
  z = removed ? step1bTidy(afterB) : afterB;
  if (z.endsWith('y') && hasVowel(z, z.length - 1)) z = `${z.slice(0, -1)}i`;
  z = applyRules(z, STEP2);
  z = applyRules(z, STEP3);
  z = applyRules(z, STEP4);
  let n = z.length;
  if (z[n - 1] === 'e' && (mGt1(z, n - 1) || (mEq1(z, n - 1) && !oStar(z, n - 1)))) n--;
  if (n > 1 && z[n - 1] === 'l' && z[n - 2] === 'l' && mGt1(z, n - 1)) n--;
  return z.slice(0, n);
}
