import type { Article } from '../../articles/article.js';
import { words } from '../../retrieval/index.js';
import type { DraftDifference } from '../answer.js';
import { extractAttributions, type Attribution } from '../attribution/index.js';

interface Quoted {
  article: Article;
  attribution: Attribution;
  /** The quote's words, lower-cased. */
  tokens: string[];
  /** The speaker's surname (last word), lower-cased: how outlets name the same person. */
  surname: string;
}

// Short quotes ("a quick fix") recur in different mouths legitimately: only longer ones count.
const MIN_WORDS = 6;
// Two quotes are the same words reworded when they share this much of their vocabulary.
const SAME_QUOTE = 0.6;

/**
 * Quotes outlets report differently: the same words given to different people (attribution), or
 * one person's quote in different words (wording). Only direct quotes of named people count, and
 * a shorter excerpt of a longer quote is not a difference.
 */
export function quoteDifferences(articles: readonly Article[]): DraftDifference[] {
  const quotes = articles.flatMap(quotesIn);
  const out: DraftDifference[] = [];
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const [a, b] = [quotes[i]!, quotes[j]!];
      if (outlet(a.article) === outlet(b.article)) continue;
      const same = sameSequence(a.tokens, b.tokens);
      if (same && a.surname !== b.surname) out.push(attribution(a, b));
      else if (!same && a.surname === b.surname && reworded(a.tokens, b.tokens)) out.push(wording(a, b));
    }
  }
  return out;
}

function quotesIn(article: Article): Quoted[] {
  return extractAttributions({ text: article.text })
    .filter((a) => a.quoteKind === 'direct' && a.speakerKind === 'person')
    .map((attribution) => ({
      article,
      attribution,
      tokens: words(attribution.quote),
      surname: words(attribution.speaker).at(-1) ?? '',
    }))
    .filter((q) => q.tokens.length >= MIN_WORDS && q.surname !== '');
}

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
  return a.join(' ') === b.join(' ');
}

/** Mostly the same words, yet neither quote is an excerpt of the other. */
function reworded(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [a.join(' '), b.join(' ')];
  if (x.includes(y) || y.includes(x)) return false;
  const sa = new Set(a);
  const sb = new Set(b);
  const shared = [...sa].filter((w) => sb.has(w)).length;
  return shared / new Set([...sa, ...sb]).size >= SAME_QUOTE;
}

function attribution(a: Quoted, b: Quoted): DraftDifference {
  const [first, second] = order(a, b);
  return {
    kind: 'attribution',
    about: opening(first.attribution.quote),
    sides: [speakerSide(first), speakerSide(second)],
  };
}

function wording(a: Quoted, b: Quoted): DraftDifference {
  const [first, second] = order(a, b);
  return {
    kind: 'wording',
    about: first.attribution.speaker.split(/\s+/).at(-1)!,
    sides: [quoteSide(first), quoteSide(second)],
  };
}

/** The speaker as the cited sentence names them (their surname), so the side is verbatim in it. */
function speakerSide(q: Quoted): DraftDifference['sides'][number] {
  const surname = q.attribution.speaker.split(/\s+/).at(-1)!;
  return { text: surname, citations: [evidence(q)] };
}

function quoteSide(q: Quoted): DraftDifference['sides'][number] {
  return { text: q.attribution.quote, citations: [evidence(q)] };
}

function evidence(q: Quoted) {
  const { start, end } = q.attribution.evidenceSpan;
  return { articleId: q.article.id, start, end, text: q.article.text.slice(start, end) };
}

function opening(quote: string): string {
  const ws = quote.split(/\s+/);
  return ws.length <= 8 ? `“${quote}”` : `“${ws.slice(0, 8).join(' ')} …”`;
}

function outlet(a: Article): string {
  return a.outlet?.trim().toLowerCase() ?? `article:${a.id}`;
}

function order(a: Quoted, b: Quoted): [Quoted, Quoted] {
  return (a.article.publishedAt ?? '') <= (b.article.publishedAt ?? '') ? [a, b] : [b, a];
}
