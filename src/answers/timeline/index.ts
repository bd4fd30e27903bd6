/**
 * Dated events for `/timeline`. Decisions, in one place:
 * - Reference: relative wording is resolved against the article's publication day (its calendar date
 *   as written), never the clock; chrono always gets an explicit instant and a zero offset. With no
 *   publication day only reference-free wording counts ("March 5, 2021", "July 2023", "in 2020"; a
 *   year-less "In July" is `XXXX-07`), unless the first lines hold a bare full-date dateline, which
 *   then serves as the publication day. Dateline-only lines are never events.
 * - Precision: exactly what the wording carries (chrono's certain components): "July 2023" → 2023-07,
 *   "last month" → month, "end of last year" → year; a time of day does not change it. Week-sized
 *   wording ("this week", "next week", "two weeks ago"), durations ("the past year", "for 15 minutes",
 *   "within 30 days") and offsets from another event ("two days later") are dropped, not guessed.
 * - Weekdays and year-less months: the most recent one at or before publication, or the next one when
 *   the clause is about the future ("will", "is scheduled", "plans to", present-tense "opens"); "last"
 *   and "next" are strict. A year-less month with no tense cue takes the nearer occurrence.
 * - Seasons: northern-hemisphere meteorological, EDTF 21–24; winter YYYY-24 is the one beginning in
 *   December of YYYY. A season with no knowable year is dropped (`XXXX-22` is not standard EDTF).
 * - One item per sentence, under the date governing its main clause (see select.ts): dates that only
 *   bound or compare ("since 2015", "ahead of the Nov. 8 election") are skipped, an attribution date
 *   ("said Tuesday") or side-clause date yields to the reported event's date.
 * - Quotes: a quoted relative day ("Tonight, …") is dropped: it counts from when it was said.
 */
import type { Span } from '../../articles/article.js';
import { sentenceSpans } from '../../articles/sentences.js';
import { sentenceCandidates, type SentenceCandidate } from './candidates.js';
import { toEdtf } from './edtf.js';
import { refDayFromPublishedAt } from './reference.js';
import { governingCandidate } from './select.js';
import type { DatedEvent, RefDay } from './types.js';

export type { DatePrecision, DatedEvent } from './types.js';
export { compareEdtf } from './compare.js';
export { mergeEvents } from './merge.js';

// Lines that carry a date without reporting anything: credits, copyright, update stamps.
const BOILERPLATE_RE =
  /^\W*(?:©|copyright\b|all rights reserved|published\b|updated\b|posted\b|last (?:updated|modified)\b|photo\b|image\b|credit\b|file photo\b)/i;

/**
 * Dated events of one article: at most one per sentence, dated at the precision the wording supports,
 * resolved against `publishedAt` (never the clock). Sentences that are nothing but a date (a dateline
 * such as "December 12, 2008", or "8 months ago") are not events; when `publishedAt` is null a
 * dateline of a full date in the first two sentences serves as the publication day instead.
 */
export function extractDatedEvents(input: { text: string; publishedAt: string | null }): DatedEvent[] {
  const { text } = input;
  let ref: RefDay | null = refDayFromPublishedAt(input.publishedAt);
  const out: DatedEvent[] = [];
  sentenceSpans(text).forEach((span, i) => {
    const sentence = text.slice(span.start, span.end);
    if (BOILERPLATE_RE.test(sentence)) return;
    const found = sentenceCandidates(sentence, ref);
    if (found.length === 0) return;
    if (isDateOnly(sentence, found)) {
      const only = found[0]!.value;
      if (ref === null && i < 2 && found.length === 1 && only.year !== null && only.day !== undefined) {
        ref = { year: only.year, month: only.month!, day: only.day };
      }
      return;
    }
    const chosen = governingCandidate(sentence, found);
    if (chosen) out.push(toEvent(text, span, chosen));
  });
  return out;
}

function isDateOnly(sentence: string, found: readonly SentenceCandidate[]): boolean {
  let rest = sentence;
  for (const c of [...found].reverse()) rest = rest.slice(0, c.start) + rest.slice(c.end);
  return !/\p{L}{2,}/u.test(rest);
}

function toEvent(text: string, sentence: Span, c: SentenceCandidate): DatedEvent {
  const dateSpan = { start: sentence.start + c.start, end: sentence.start + c.end };
  return {
    date: toEdtf(c.value),
    precision: c.precision,
    dateText: text.slice(dateSpan.start, dateSpan.end),
    dateSpan,
    sentenceSpan: { start: sentence.start, end: sentence.end },
  };
}
