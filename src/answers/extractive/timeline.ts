import type { Article, Span } from '../../articles/article.js';
import { paragraphSpans } from '../../articles/passages.js';
import type { Retrieval } from '../../retrieval/index.js';
import type { DraftCitation, DraftItem } from '../answer.js';
import {
  compareEdtf,
  extractDatedEvents,
  hasOffsetWording,
  mergeEvents,
  type DatedEvent,
} from '../timeline/index.js';
import { PassageIndex, readingOrder } from './passage-sentences.js';
import { shiftSpan } from './spans.js';
import { withContinuation } from './continuation.js';

/** One dated sentence, with what `mergeEvents` needs (`date`, `sentence`) and where it came from. */
interface Occurrence {
  date: string;
  sentence: string;
  dateText: string;
  span: Span;
  article: Article;
  articleRank: number;
}

/**
 * Timeline items: the dated events in the retrieved passages (every paragraph of a pinned article),
 * dated against each article's own publication date by the timeline extractor (never the clock),
 * merged across articles when two report the same event, and sorted by EDTF date.
 */
export function buildTimeline(retrieval: Retrieval): { items: DraftItem[]; warnings: string[] } {
  const index = new PassageIndex(retrieval);
  const occurrences: Occurrence[] = [];
  const pinned = new Set(retrieval.passages.filter((p) => p.pinned).map((p) => p.articleId));
  retrieval.articles.forEach((article, articleRank) => {
    const events = datedEvents(article, index, pinned.has(article.id));
    const datedStarts = new Set(events.map((e) => e.sentenceSpan.start));
    for (const e of events) {
      if (!index.overlaps(article.id, e.sentenceSpan)) continue;
      const span = withContinuation(article.text, e.sentenceSpan, datedStarts);
      const sentence = article.text.slice(span.start, span.end);
      occurrences.push({ date: e.date, sentence, dateText: e.dateText, span, article, articleRank });
    }
  });

  const groups = mergeEvents(occurrences).map((g) => {
    // Show the earliest published report among those that give the group's (most precise) date,
    // so the date and its wording agree; cite every report.
    const members = [...g.members].sort((a, b) => readingOrder(a, b) || a.span.start - b.span.start);
    return { date: g.date, first: members.find((m) => m.date === g.date) ?? members[0]!, members };
  });
  groups.sort(
    (a, b) =>
      compareEdtf(a.date, b.date) ||
      readingOrder(a.first, b.first) ||
      a.first.span.start - b.first.span.start,
  );

  const items = groups.map(({ date, first, members }): DraftItem => ({
    text: first.sentence,
    date,
    dateText: first.dateText,
    citations: uniqueCitations(members),
  }));
  const warnings =
    items.length === 0
      ? ['No event in the matching articles carries a date precise enough for a timeline (at least a month).']
      : [];
  return { items, warnings };
}

function uniqueCitations(members: readonly Occurrence[]): DraftCitation[] {
  const seen = new Set<string>();
  const out: DraftCitation[] = [];
  for (const m of members) {
    const key = `${m.article.id}:${m.span.start}:${m.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ articleId: m.article.id, start: m.span.start, end: m.span.end, text: m.sentence });
  }
  return out;
}

/** Paragraphs read before a passage, so an offset in it ("Two days later, …") finds the event it counts from. */
const LEAD_IN_PARAGRAPHS = 2;

/**
 * Dates are resolved sentence by sentence against the publication date, so a search hit is read
 * only in its passages; a passage with an offset ("Two days later, …") is read with a short lead-in
 * for the event it counts from, and only events inside the passage are kept. A pinned
 * article, or one without a publication date (its dateline, in the first lines, may stand in), is
 * read whole.
 */
function datedEvents(article: Article, index: PassageIndex, pinned: boolean): DatedEvent[] {
  if (pinned || article.publishedAt === null)
    return extractDatedEvents({ text: article.text, publishedAt: article.publishedAt });
  const paragraphs = paragraphSpans(article.text);
  return index.passagesOf(article.id).flatMap((p) => {
    const first = paragraphs.findIndex((q) => q.end > p.start);
    const leadIn = hasOffsetWording(article.text.slice(p.start, p.end)) ? LEAD_IN_PARAGRAPHS : 0;
    const from = Math.min(p.start, paragraphs[Math.max(0, first - leadIn)]?.start ?? p.start);
    return extractDatedEvents({ text: article.text.slice(from, p.end), publishedAt: article.publishedAt })
      .map((e) => ({
        ...e,
        dateSpan: shiftSpan(e.dateSpan, from),
        sentenceSpan: shiftSpan(e.sentenceSpan, from),
      }))
      .filter((e) => e.sentenceSpan.start >= p.start);
  });
}
