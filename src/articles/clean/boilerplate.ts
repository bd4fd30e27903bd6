import { isCreditLine } from './credits.js';

/**
 * Line-level boilerplate rules for scraped article text. Every rule is conservative: a line is
 * boilerplate only when it matches a specific pattern AND is short or clearly not an article
 * sentence, so that real reporting survives (the corpus test checks every sentence of the corpus).
 */

/** Whole lines that are navigation, sharing or promotion (compared lower-case, without end punctuation). */
const EXACT = new Set([
  'connect with us',
  'follow us',
  'follow us on social media',
  'follow us on social',
  'stay connected',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share this post',
  'share on facebook',
  'share on twitter',
  'share on x',
  'share on linkedin',
  'share on whatsapp',
  'share via email',
  'tweet',
  'print',
  'print this article',
  'email this article',
  'copy link',
  'recommended',
  'recommended for you',
  'related',
  'related articles',
  'related stories',
  'related posts',
  'related news',
  'related content',
  'read more',
  'read next',
  'more stories',
  'more news',
  'you may also like',
  'you might also like',
  'advertisement',
  'sponsored',
  'sponsored content',
  'skip to content',
  'skip to main content',
  'subscribe',
  'subscribe now',
  'sign up',
  'sign up for our newsletter',
  'subscribe to our newsletter',
  'newsletter',
  'leave a comment',
  'comments',
  'show comments',
  'trending',
  'trending now',
  'most popular',
  'most read',
  'menu',
  'home',
  'back to top',
  'scroll to continue',
  'story continues below advertisement',
  'continue reading below',
  'all rights reserved',
  'loading',
  // Picture and video placeholders and player labels.
  'photo',
  'image',
  'images',
  'view photo',
  'view photos',
  'view image',
  'view this image',
  'view gallery',
  'enlarge this image',
  'play video',
  'play',
  'watch video',
  'fullscreen',
  // Page furniture inside the article container.
  'reuse content',
  'more about',
  'continue reading the main story',
  'about the author',
]);

/** Words that make up share bars ("Facebook Twitter WhatsApp Email"). */
const SHARE_WORDS = new Set([
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
  'email',
  'e-mail',
  'pinterest',
  'reddit',
  'telegram',
  'print',
  'copy',
  'link',
  'share',
  'messenger',
  'tumblr',
  'flipboard',
  'instagram',
  'youtube',
  'tiktok',
]);

const MAX_SHORT = 160;

/** "• 8 months ago", "Updated 3 hours ago". */
const RELATIVE_AGE =
  /^(?:[•·|\-–—]\s*)?(?:(?:updated|published|posted)\s+)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i;

/**
 * Cross-links: "You can also readDanny Masterson Sentenced…" (glued in scraped text),
 * "Read more: …", "Related: …". Only on short lines.
 */
const CROSS_LINK = [
  // Case-sensitive on purpose: with the i flag \p{Lu} would match any letter.
  /^[Yy]ou (?:can|may|might) also (?:[Rr]ead|[Ll]ike)(?:\s*[:\-–—]|(?=\p{Lu}))/u,
  /^(?:also read|read also|read more|see also|related|recommended|more|watch|listen|read next|must read)\s*[:|\-–—»]\s*\S/i,
  // The same in the other languages of the pages we read (French, Spanish, German, Italian).
  /^(?:lire aussi|à lire aussi|lire|voir aussi|lea también|leer más|ver también|lesen sie auch|mehr zum thema|leggi anche|vedi anche)\s*[:|\-–—»]\s*\S/i,
  // The label over a list of links: "More games news:", "More about:".
  /^more\b[^.!?:]{0,40}:$/i,
];

/** Editorial credits that close Chinese news pages: original title, producer, author, editor. */
const EDITORIAL_CREDIT = /^\[?\s*(?:责任编辑|责编|编辑|来源|原标题|出品|作者|记者|摄影)\s*[:：︱|]/u;

/** A section kicker above the headline: "Biz & IT —". */
const KICKER = /^[\p{L}&'’ ]{1,30}\s[—–]$/u;

/** An author tagline in capitals: "JANE DOE IS THE NETWORK'S POLITICAL EDITOR". */
const CAPS_TAGLINE = /^\p{Lu}[\p{Lu} .'’-]+ IS (?:THE |A |AN )?[\p{Lu}\p{N} .,'’-]+$/u;

/** A sign-up pitch: "Sign up for X, a weekly newsletter…", "[… Get New York Today in your inbox.]". */
const SIGN_UP =
  /^\[?(?:sign up|subscribe|get|keep up|join)\b.{0,200}\b(?:newsletter|inbox)\b|\b(?:newsletter|inbox)\b[^\]]{0,40}\]$/i;
const MAX_SIGN_UP = 250;

/** Newsletter consent and sign-up text: specific phrases, tolerated up to a short paragraph. */
const NEWSLETTER = [
  /by submitting this form, you are consenting/i,
  /consenting to receive (?:marketing )?e-?mails/i,
  /\bsafeunsubscribe\b/i,
  /e-?mails are serviced by constant contact/i,
  /you can (?:revoke your consent|unsubscribe) (?:to receive e-?mails )?at any time/i,
];
const MAX_NEWSLETTER = 800;
// Every NEWSLETTER pattern contains one of these (the lower-cased key holds them whenever the line
// does): a cheap test that spares running the five patterns over every paragraph.
const NEWSLETTER_WORDS = ['consent', 'unsubscribe', 'constant contact'];

/** A copyright notice line ("Copyright © San Francisco Post", "© 2023 Acme News. All rights reserved."). */
export function isCopyrightLine(line: string): boolean {
  // "Copyright law experts said…" is a sentence: the word alone is not enough.
  return line.length <= 200 && /^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})/i.test(line);
}

/** A line made of hashtags ("#KimJongUn #putin", "#Volodymyr Zelenskyy"). */
export function isHashtagLine(line: string): boolean {
  if (!/^#\p{L}/u.test(line) || line.length > 200 || /[.!?]$/.test(line)) return false;
  const tokens = line.split(/\s+/);
  const tags = tokens.filter((t) => /^#[\p{L}\p{N}_]/u.test(t)).length;
  return tokens.length <= 20 && tags * 2 >= tokens.length;
}

/** Whether one paragraph line of an article is boilerplate rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  const key = lineKey(line);
  if (EXACT.has(key)) return true;
  // Stray punctuation left by page markup ("/", ".", "• •").
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  if (isCopyrightLine(line) || isHashtagLine(line) || isCreditLine(line)) return true;
  if (line.length <= MAX_SIGN_UP && SIGN_UP.test(line)) return true;
  if (line.length <= MAX_SHORT) {
    if (RELATIVE_AGE.test(line)) return true;
    if (EDITORIAL_CREDIT.test(line) || KICKER.test(line) || CAPS_TAGLINE.test(line)) return true;
    // A cross-link shows a headline, which does not end with a full stop as a sentence does.
    if (!line.endsWith('.') && CROSS_LINK.some((re) => re.test(line))) return true;
    if (isShareBar(key)) return true;
  }
  return (
    line.length <= MAX_NEWSLETTER &&
    NEWSLETTER_WORDS.some((w) => key.includes(w)) &&
    NEWSLETTER.some((re) => re.test(line))
  );
}

const TRAILING = /[\s:.!…|>»]/u;
// Whitespace other than a single space: only then is there anything to collapse.
const UNEVEN_SPACE = /[^\S ]|\s\s/;

/**
 * The line lower-cased, without end punctuation, runs of whitespace as one space. Written out
 * rather than as three regex replaces: this runs on every paragraph of every article.
 */
function lineKey(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING.test(line[end - 1]!)) end--;
  const key = (end === line.length ? line : line.slice(0, end)).toLowerCase();
  return UNEVEN_SPACE.test(key) ? key.replace(/\s+/g, ' ') : key;
}

function isShareBar(key: string): boolean {
  const words = key.split(/[\s|•·,/]+/).filter((w) => w.length > 0);
  return words.length >= 2 && words.every((w) => SHARE_WORDS.has(w));
}
