import { INSTITUTION_HEADS, ORG_ROLE_NOUNS, ROLE_NOUNS } from './lexicon.js';
import type { Phrase } from './names.js';
import { isCap, isWord, key, type Tok } from './tokens.js';

/** The words naming a speaker next to a cue, plus a role given in an appositive (", a Pentagon spokesman,"). */
export interface SpeakerWords {
  toks: Tok[];
  appositive: Tok[] | null;
  /** How the words were already read, when they name a group or a document. */
  phrase?: Phrase;
}

/** Lower-case words that may sit inside a role before a name ("former senior adviser"). */
export const MODIFIERS = new Set(
  `former senior top chief deputy acting national presidential foreign defense defence press
  communications campaign security state federal interim executive general vice assistant associate principal lead
  managing regional local military economic political financial legal health justice interior finance trade energy
  environment education transport prime longtime long-time veteran high-ranking ranking white house of`.split(
    /\s+/,
  ),
);
/** Adverbs and auxiliaries between a speaker and the cue ("Kirby also said", "Kirby has said"). */
export const ADVERBS = new Set(
  `also later previously reportedly then has had have would will recently once further publicly
  repeatedly privately separately earlier again simply flatly strongly firmly angrily bluntly openly frequently often
  subsequently still first initially immediately quickly yesterday today tonight himself herself themselves itself
  only just already even sharply loudly quietly similarly likewise last week month night morning year
  afterward afterwards`.split(/\s+/),
);
/** Words that make a cue say the opposite ("did not say"). */
export const NEGATIONS = new Set(['not', "n't", 'never', 'nor', 'no']);
/** Day names, skipped between a speaker and the cue. */
export const DAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Articles that may open a speaker phrase. */
export const DETS = new Set(['the', 'a', 'an']);
/** First words of a parenthetical that is not an appositive (", however,", ", in a statement,"). */
export const ADVERBIAL_OPENERS = new Set([
  'however',
  'meanwhile',
  'in',
  'on',
  'at',
  'during',
  'for',
  'though',
  'too',
  'also',
  'speaking',
  'writing',
  'asked',
  'when',
  'after',
  'before',
  'moreover',
  'nevertheless',
  'instead',
  'again',
  'later',
  'though',
]);
/** Verbs of "concluded by stating". */
export const BY_VERBS =
  /^(concluded|ended|responded|began|started|opened|closed|replied|followed|reacted|finished)$/;

/** Words that can belong to a speaker phrase: capitalised words, role nouns and their modifiers. */
export const npWord = (t: Tok): boolean =>
  (isWord(t) && isCap(t)) ||
  ROLE_NOUNS.has(key(t)) ||
  INSTITUTION_HEADS.has(t.text) ||
  ORG_ROLE_NOUNS.has(t.text) ||
  MODIFIERS.has(t.text) ||
  t.text === '&';
