import type { Article } from '../../articles/article.js';
import { sentenceSpans } from '../../articles/sentences.js';
import { contentTerms } from '../../retrieval/index.js';
import type { DraftDifference } from '../answer.js';
import { figuresIn, type Figure } from './figures.js';

interface Mention extends Figure {
  article: Article;
  sentence: { start: number; end: number; text: string };
  /** The sentence's content terms without figures: what it is about. */
  context: Set<string>;
}

// Figures change as a story develops (a toll rises): only reports this close together are compared.
const MAX_DAYS_APART = 1;
// Two sentences report the same quantity when they share this much besides the figure.
const MIN_SHARED_TERMS = 3;
const MIN_OVERLAP = 0.3;

/**
 * Different figures for the same quantity in two outlets' reports of the same days: the same counted
 * word ("vehicles"), sentences about the same thing (shared words), and neither sentence carrying the
 * other's figure (a sentence correcting an earlier count names both).
 */
export function numberDifferences(articles: readonly Article[]): DraftDifference[] {
  const mentions = articles.flatMap(mentionsIn);
  const out: DraftDifference[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const [a, b] = [mentions[i]!, mentions[j]!];
      if (!comparable(a, b)) continue;
      const key = [a.unit, ...[a.value, b.value].sort((x, y) => x - y)].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const [first, second] = order(a, b);
      out.push({
        kind: 'number',
        about: first.unitText,
        sides: [side(first), side(second)],
      });
    }
  }
  return out;
}

function mentionsIn(article: Article): Mention[] {
  return sentenceSpans(article.text).flatMap((s) => {
    const text = article.text.slice(s.start, s.end);
    const figures = figuresIn(text, s.start);
    if (figures.length === 0) return [];
    const context = new Set(contentTerms(text).filter((t) => !/\d/.test(t)));
    return figures.map((f) => ({ ...f, article, sentence: { ...s, text }, context }));
  });
}

function comparable(a: Mention, b: Mention): boolean {
  if (a.unit !== b.unit || a.value === b.value) return false;
  if (outlet(a.article) === outlet(b.article)) return false;
  if (!closeInTime(a.article, b.article)) return false;
  if (a.sentence.text.includes(b.text) || b.sentence.text.includes(a.text)) return false;
  const shared = [...a.context].filter((t) => b.context.has(t)).length;
  const union = new Set([...a.context, ...b.context]).size;
  return shared >= MIN_SHARED_TERMS && shared / union >= MIN_OVERLAP;
}

function outlet(a: Article): string {
  return a.outlet?.trim().toLowerCase() ?? `article:${a.id}`;
}

function closeInTime(a: Article, b: Article): boolean {
  if (!a.publishedAt || !b.publishedAt) return false;
  const days = Math.abs(Date.parse(a.publishedAt) - Date.parse(b.publishedAt)) / 86_400_000;
  return days <= MAX_DAYS_APART;
}

function order(a: Mention, b: Mention): [Mention, Mention] {
  return (a.article.publishedAt ?? '') <= (b.article.publishedAt ?? '') ? [a, b] : [b, a];
}

function side(m: Mention): DraftDifference['sides'][number] {
  return {
    text: m.text,
    citations: [
      { articleId: m.article.id, start: m.sentence.start, end: m.sentence.end, text: m.sentence.text },
    ],
  };
}
