/// <reference lib="dom" />

/**
 * Parts of a page's article container that are not article text, as the markup tells them apart.
 * Readability keeps what sits inside the article container, and publishers put a good deal there:
 * video-player controls, screen-reader labels ("Photo", "Continue reading the main story"), photo
 * credits, share and reuse buttons, tag lists, newsletter and subscription boxes, author boxes,
 * and links to other stories. Judged on class and id words, a few attributes, and link density;
 * only elements inside the container Readability chose are looked at.
 */

// Class or id words (split at spaces, hyphens, underscores and camelCase humps).
const NOISE_WORDS = new Set([
  // Text for screen readers only.
  'visually',
  'visuallyhidden',
  'sr',
  'screenreader',
  'offscreen',
  // Photo credits.
  'credit',
  'credits',
  'attribution',
  'copyright',
  // Sharing, reuse, subscription and sign-up boxes.
  'share',
  'sharing',
  'social',
  'syndication',
  'newsletter',
  'subscribe',
  'subscription',
  'paywall',
  'promo',
  // Author boxes and contributor notes.
  'byline',
  'bio',
  'author',
  'authors',
  'contributors',
  // Links to other stories.
  'related',
  'recirc',
  'recirculation',
  'outbrain',
  'taboola',
]);

/** Class words that mark a whole phrase, where one word alone would be too broad. */
const NOISE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['visually', 'hidden'],
  ['sr', 'only'],
  ['screen', 'reader'],
  ['source', 'via'],
  ['caption', 'source'],
  ['more', 'about'],
  ['breaking', 'news'],
];

// Video players draw their controls as text ("Play", "Current Time 0:00", "Fullscreen").
const PLAYER_CLASS = /^(?:vjs|jw|ytp|plyr|mejs|brightcove|bc-player)(?:-|_|$)/i;

/** Text an element begins with that marks it all as page furniture, whatever its markup. */
const FURNITURE_TEXT = [
  /^A version of this article appears in print on\b/i,
  /^Order Reprints\s*\|/i,
  // A newsletter pitch opens the box that holds its sign-up form or price plans.
  /^Sign up for\b.{0,160}\bnewsletter\b/i,
];

// Boxes named as furniture are short; a long one named so is the article itself under an odd
// name (an article body whose id mentions its share buttons).
const MAX_NAMED_NOISE = 1500;

// A block of short links (a "more stories" list) rather than prose with links in it.
const MIN_LINKS = 2;
const LINK_SHARE = 0.8;
const MAX_POINTER = 140;

/** Whether an element of the article container is page furniture rather than article text. */
export function isPageNoise(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const itemprop = el.getAttribute('itemprop') ?? '';
  if (/\b(?:copyrightHolder|creditText)\b/.test(itemprop)) return true;
  if (el.closest('figure, figcaption') && /\bcreator\b/.test(itemprop)) return true;
  if (/\barticleBody\b/.test(itemprop)) return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (names.trim() !== '' && noisyNames(names, el) && squash(el.textContent).length <= MAX_NAMED_NOISE)
    return true;
  const tag = el.tagName;
  if (tag === 'P' || tag === 'LI') return isPointer(el);
  if (tag === 'UL' || tag === 'OL' || tag === 'SECTION' || tag === 'ASIDE' || tag === 'DIV')
    return isLinkList(el) || startsWithFurniture(el);
  return false;
}

function noisyNames(names: string, el: Element): boolean {
  const tokens = names.split(/\s+/).filter((t) => t !== '');
  if (tokens.some((t) => PLAYER_CLASS.test(t))) return true;
  const words = tokens.flatMap(classWords);
  const inCaption = el.closest('figcaption') !== null;
  if (inCaption && words.includes('source')) return true;
  const noisy =
    words.some((w) => NOISE_WORDS.has(w)) ||
    NOISE_PAIRS.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
  if (!noisy) return false;
  // A caption box named for its credit ("lead-image__credit") still holds the caption itself.
  return !el.querySelector('[class*="caption" i]:not([class*="credit" i]):not([class*="source" i])');
}

/** "c-lead-image__attribution" → c, lead, image, attribution; "visuallyHidden" → visually, hidden. */
function classWords(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter((w) => w !== '');
}

/**
 * A short paragraph or list item that is (nearly) all one link: a pointer to another story
 * ("Five things we learned from the interview", "Revivez le direct du vote"). Headings are left
 * alone: a heading may link to what it names.
 */
function isPointer(el: Element): boolean {
  const links = el.querySelectorAll('a');
  if (links.length !== 1) return false;
  const text = squash(el.textContent);
  const linked = squash(links[0]!.textContent).length;
  return text.length > 0 && text.length <= MAX_POINTER && linked / text.length >= LINK_SHARE;
}

/** A list or box whose text is mostly its links. */
function isLinkList(el: Element): boolean {
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length < MIN_LINKS) return false;
  const text = squash(el.textContent).length;
  const linked = links.reduce((n, a) => n + squash(a.textContent).length, 0);
  return text > 0 && linked / text >= LINK_SHARE;
}

function startsWithFurniture(el: Element): boolean {
  const text = squash(el.textContent).slice(0, 120);
  return FURNITURE_TEXT.some((re) => re.test(text));
}

function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
