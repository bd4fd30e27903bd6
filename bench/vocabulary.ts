import { mulberry32 } from './prng.js';

/**
 * The most frequent words of the synthetic archive, in rank order: English function words
 * mixed with the everyday words of news copy, so common-word queries ("officials said") hit most
 * articles just as they do in a real archive.
 */
export const HEAD_WORDS: readonly string[] =
  `the of to and a in said that for on is was with it as at by from year
people he be have new has are government this an city but not they officials time were had state their
which who its or will police been would report after more last week also about told public million her
she we one two all when up than out into over percent first president could according other some there
most only former minister country group money day three early local national company school court plan
months because while since health years many workers members made council water power market family
children home million business program service season system union support security million region law
price prices team leaders official history night community project cost costs costs director center
agency issue issues budget bill vote election party office board deal talks north south east west
million spokesman spokeswoman statement announced expected including during before against between
under another several four five number part second third major high small large long short`
    .split(/\s+/)
    .filter((w, i, all) => all.indexOf(w) === i);

const ONSETS = [
  'b',
  'br',
  'c',
  'ch',
  'cr',
  'd',
  'dr',
  'f',
  'fl',
  'g',
  'gr',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'pr',
  'r',
  's',
  'sh',
  'sl',
  'st',
  't',
  'tr',
  'v',
  'w',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ea', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'rk', 'ng'];

/** `count` distinct pronounceable made-up words (1–3 syllables), deterministic for a seed. */
export function madeUpWords(count: number, seed: number, taken: ReadonlySet<string> = new Set()): string[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out = new Set<string>();
  while (out.size < count) {
    const syllables = 1 + Math.floor(rand() * 3);
    let w = '';
    for (let s = 0; s < syllables; s++)
      w += pick(ONSETS) + pick(VOWELS) + (s === syllables - 1 ? pick(CODAS) : '');
    if (!taken.has(w) && !HEAD_WORDS.includes(w)) out.add(w);
  }
  return [...out];
}

export const FIRST_NAMES: readonly string[] =
  `Dana Marco Ruth Aiko Tomas Elena Samuel Priya Jonas Leila Victor Grace
Hassan Mira Oliver Nadia Pedro Ingrid Kwame Sofia Daniel Yuki Omar Clara Felix Amara Lucas Hana Ivan Rosa
Mateo Anya Kofi Lena Rafael Zara David Maya Tariq Julia Emil Noor Andre Vera Hugo Chiara Ben Selma Arjun
Irene`.split(/\s+/);

export const ROLES: readonly string[] = [
  'a spokeswoman for the agency',
  'the city manager',
  'a council member',
  'the regional director',
  'an economist at the central bank',
  'the union president',
  'a local business owner',
  'the police chief',
  'a senior official',
  'the health minister',
  'a researcher at the university',
  'the board chair',
];

export const OUTLETS: ReadonlyArray<{ name: string; weight: number }> = [
  { name: 'Harbor Herald', weight: 30 },
  { name: 'Coastal Wire', weight: 25 },
  { name: 'Valley Radio News', weight: 15 },
  { name: 'The Northgate Times', weight: 12 },
  { name: 'Riverside Post', weight: 10 },
  { name: 'Metro Daily Ledger', weight: 8 },
];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
