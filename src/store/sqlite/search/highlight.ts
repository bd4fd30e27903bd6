import type { Span } from '../../../articles/article.js';
import { IndexTermCache, termRoot } from '../../../articles/index-terms.js';
import { paragraphSpans } from '../../../articles/passages.js';
import type { QueryElement } from './plan.js';
import { STOP_WORDS } from './stopwords.js';

/** Decides whether a text token matches the query, and which query word it is. */
export interface TermMatcher {
  /** Index of the query word the token (as written) matches, or -1. */
  match(token: string): number;
  /** Number of distinct query words. */
  size: number;
  /**
   * Finds the words that may match, in text without accents, far faster than stemming every
   * token: each query term's root (see termRoot) at a word start. `match` decides.
   */
  pattern: RegExp | null;
}

/**
 * Matches text words the way the stemmed index does: a word matches a query word when their
 * index terms are equal, or, for a prefix, when the word's index term is in its family.
 */
export function termMatcher(
  elements: readonly QueryElement[],
  terms: IndexTermCache = new IndexTermCache(),
): TermMatcher {
  const exact = new Map<string, number>();
  const prefixes: Array<[string, number]> = [];
  let n = 0;
  for (const e of elements) {
    if (e.kind === 'prefix') {
      // A family's shorter terms are matched like words, and light up as the prefix.
      const i = n++;
      prefixes.push([e.terms[0]!, i]);
      for (const t of e.short ?? []) if (!exact.has(t)) exact.set(t, i);
      continue;
    }
    // "bank of england" should light up bank and england, not every "of" in the article.
    const content = e.tokens.flatMap((t, i) => (STOP_WORDS.has(t) ? [] : [e.terms[i]!]));
    for (const t of content.length > 0 ? content : e.terms) if (!exact.has(t)) exact.set(t, n++);
  }
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const roots = [...new Set([...exact.keys(), ...prefixes.map(([p]) => p)].map(termRoot))];
  return {
    size: n,
    // No lookbehind: it would be tried at every position. The word start is checked per hit instead.
    pattern:
      roots.length > 0
        ? new RegExp(
            `(?:${roots
              .sort((a, b) => b.length - a.length)
              .map(escape)
              .join('|')})${WORD}*`,
            'giu',
          )
        : null,
    match(token) {
      const term = terms.of(token);
      const i = exact.get(term);
      if (i !== undefined) return i;
      for (const [p, j] of prefixes) if (term.startsWith(p)) return j;
      return -1;
    },
  };
}

const WORD = '[\\p{L}\\p{N}\\p{M}]';
const WORD_CHAR = new RegExp(WORD, 'u');

interface Hit {
  start: number;
  end: number;
  term: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

function hitsIn(text: string, span: Span, matcher: TermMatcher): Hit[] {
  const hits: Hit[] = [];
  TOKEN.lastIndex = span.start;
  for (let m = TOKEN.exec(text); m !== null && m.index < span.end; m = TOKEN.exec(text)) {
    const term = matcher.match(m[0]);
    if (term >= 0) hits.push({ start: m.index, end: m.index + m[0].length, term });
  }
  return hits;
}

/** The paragraphs of a text that contain query words, with their hits, best first. */
export interface ScoredPassage {
  span: Span;
  hits: Hit[];
  distinct: number;
}

/**
 * Paragraphs containing query words, best first: more distinct query words, then more hits,
 * then earlier in the article (news puts the essentials first).
 */
export function matchingPassages(text: string, matcher: TermMatcher): ScoredPassage[] {
  const out: ScoredPassage[] = [];
  const spans = paragraphSpans(text);
  if (matcher.pattern && !FOLDABLE.test(text)) {
    // Fast path: one regex pass over the whole text, hits dealt out to their paragraphs.
    const hits: Hit[] = [];
    for (const m of text.matchAll(matcher.pattern)) {
      if (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) continue;
      const term = matcher.match(m[0]);
      if (term >= 0) hits.push({ start: m.index, end: m.index + m[0].length, term });
    }
    let h = 0;
    for (const span of spans) {
      while (h < hits.length && hits[h]!.start < span.start) h++;
      const inside: Hit[] = [];
      while (h < hits.length && hits[h]!.end <= span.end) inside.push(hits[h++]!);
      if (inside.length > 0)
        out.push({ span, hits: inside, distinct: new Set(inside.map((x) => x.term)).size });
    }
  } else {
    for (const span of spans) {
      const hits = hitsIn(text, span, matcher);
      if (hits.length > 0) out.push({ span, hits, distinct: new Set(hits.map((x) => x.term)).size });
    }
  }
  return out.sort(
    (a, b) => b.distinct - a.distinct || b.hits.length - a.hits.length || a.span.start - b.span.start,
  );
}

// Letters the index folds (accents, combining marks): such texts take the token-by-token path.
const FOLDABLE = /[\u00C0-\u024F\u1E00-\u1EFF]|[\u0300-\u036F]/;

const SNIPPET_CHARS = 200;

/**
 * About 200 characters of the best passage (or the article's start), beginning a little before
 * its first hit, cut at word boundaries, with matched words wrapped in `**`.
 */
export function snippet(text: string, best: ScoredPassage | undefined): string {
  const para = best?.span ?? paragraphSpans(text)[0] ?? { start: 0, end: text.length };
  const firstHit = best?.hits[0]?.start ?? para.start;
  let start = Math.max(para.start, firstHit - 60);
  if (start > para.start) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < firstHit ? space + 1 : firstHit;
  }
  let end = Math.min(para.end, start + SNIPPET_CHARS);
  if (end < para.end) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  let out = '';
  let at = start;
  for (const h of best?.hits ?? []) {
    if (h.start < start || h.end > end) continue;
    out += `${text.slice(at, h.start)}**${text.slice(h.start, h.end)}**`;
    at = h.end;
  }
  out += text.slice(at, end);
  out = out.replace(/\s+/g, ' ').trim();
  return `${start > para.start ? '…' : ''}${out}${end < para.end ? '…' : ''}`;
}
