/**
 * A small stop-word language guess for the languages our newsrooms publish in. Deliberately
 * simple: it only has to tell English articles from the few others, and says null when unsure.
 */
const STOP_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'was',
    'for',
    'with',
    'said',
    'on',
    'are',
    'it',
    'this',
    'have',
    'from',
    'by',
    'has',
    'not',
    'be',
    'at',
    'which',
    'were',
    'been',
    'would',
    'their',
    'they',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'est',
    'et',
    'du',
    'une',
    'un',
    'dans',
    'que',
    'qui',
    'pour',
    'pas',
    'au',
    'sur',
    'avec',
    'ce',
    'sont',
    'il',
    'elle',
    'ont',
    'été',
    'aux',
    'mais',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'ein',
    'eine',
    'den',
    'dem',
    'des',
    'mit',
    'sich',
    'auf',
    'für',
    'von',
    'zu',
    'im',
    'auch',
    'wurde',
    'werden',
    'sie',
    'es',
    'hat',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'y',
    'que',
    'en',
    'un',
    'una',
    'por',
    'con',
    'para',
    'es',
    'se',
    'su',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'sus',
    'fue',
    'ha',
  ],
  it: [
    'il',
    'lo',
    'gli',
    'della',
    'delle',
    'dei',
    'degli',
    'che',
    'di',
    'e',
    'è',
    'per',
    'con',
    'non',
    'una',
    'un',
    'sono',
    'nel',
    'nella',
    'alla',
    'anche',
    'più',
    'ha',
    'stato',
  ],
  pt: [
    'o',
    'os',
    'as',
    'do',
    'da',
    'dos',
    'das',
    'em',
    'no',
    'na',
    'que',
    'e',
    'é',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'por',
    'mais',
    'foi',
    'ao',
    'se',
    'seu',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'op',
    'te',
    'zijn',
    'niet',
    'met',
    'voor',
    'die',
    'er',
    'aan',
    'ook',
    'als',
    'bij',
    'door',
    'wordt',
    'werd',
    'naar',
  ],
};
const LANGS = Object.keys(STOP_WORDS);
// Word → the languages it is a stop word of: one lookup per token instead of one per language.
const LANGS_OF = new Map<string, number[]>();
Object.values(STOP_WORDS).forEach((words, lang) => {
  for (const w of words) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), lang]);
});
const MAX_TOKENS = 2000;
// Longer tokens are counted but never looked up: no stop word is longer.
const MAX_STOP_WORD = Math.max(...[...LANGS_OF.keys()].map((w) => w.length));

/** BCP 47 primary tag (`en`, `fr`, …) of a text, or null when too short or unclear. */
export function detectLanguage(text: string): string | null {
  const counts = new Array<number>(LANGS.length).fill(0);
  const lower = text.toLowerCase();
  // Tokens are the runs of letters (\p{L}) of the lower-cased text, scanned by hand: a regex
  // match per word allocates a string for every word of the article.
  let tokens = 0;
  let start = -1;
  for (let i = 0; i <= lower.length && tokens < MAX_TOKENS;) {
    const code = i < lower.length ? lower.codePointAt(i)! : 32;
    const width = code > 0xffff ? 2 : 1;
    if (isLetter(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens++;
      if (i - start <= MAX_STOP_WORD) {
        const langs = LANGS_OF.get(lower.slice(start, i));
        if (langs) for (const l of langs) counts[l]!++;
      }
      start = -1;
    }
    i += width;
  }
  if (tokens < 5) return null;
  // Stable sort: on a tie the language listed first wins.
  const scores = LANGS.map((lang, i) => [lang, counts[i]!] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = [scores[0]!, scores[1]!];
  // Stop words make up a quarter or more of running text; demand a clear winner.
  if (best[1] < 3 || best[1] < tokens * 0.08 || best[1] < second[1] * 1.3) return null;
  return best[0];
}

const LETTER = /^\p{L}$/u;
// Whether each code point below 0x3000 is a letter, filled on first use (0 unknown, 1 yes, 2 no).
const SEEN = new Uint8Array(0x3000);

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= SEEN.length) return LETTER.test(String.fromCodePoint(code));
  if (SEEN[code] === 0) SEEN[code] = LETTER.test(String.fromCodePoint(code)) ? 1 : 2;
  return SEEN[code] === 1;
}
