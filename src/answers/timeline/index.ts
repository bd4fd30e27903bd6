/**
 * Dated events for `/timeline`. Decisions, in one place:
 * - Reference: relative wording is resolved against the article's publication day (its calendar date
 *   as written), never the clock; chrono always gets an explicit instant and a zero offset. With no
 *   publication day only reference-free wording counts ("March 5, 2021", "July 2023", "in 2020"; a
 *   year-less "In July" is `XXXX-07`), unless the first lines hold a bare full-date dateline, which
 *   then serves as the publication day. Dateline-only lines are never events.
 * - Precision: exactly what the wording carries (chrono's certain components): "July 2023" → 2023-07,
 *   "last month" → month, "end of last year" → year; a time of day does not change it. Durations
 *   ("the past year", "for 15 minutes", "within 30 days") are dropped, not guessed.
 * - Weeks: EDTF has no week, so week-sized wording ("this week", "next weekend", "the following week")
 *   is dated to the month holding every day it may mean, and dropped when those days cross a month's
 *   end (weeks.ts).
 * - Weekdays, year-less months and "the end of the year": the most recent one at or before
 *   publication, or the next one when the clause looks ahead ("will", "is due", "expected … to",
 *   "should", "plans to", present-tense "opens", a deadline "by"); "last" and "next" are strict. A
 *   year-less month with no tense cue takes the nearer occurrence.
 * - Offsets from another event ("two days later", "the following month", "a day after the vote") count
 *   from a dated event of the same article, at that event's precision or coarser (anchors.ts,
 *   offset-shift.ts); when the article does not make the anchor plain they are dropped, not guessed.
 * - Seasons: northern-hemisphere meteorological, EDTF 21–24; winter YYYY-24 is the one beginning in
 *   December of YYYY. A season with no knowable year is dropped (`XXXX-22` is not standard EDTF).
 * - One item per sentence, under the date governing its main clause (see select.ts): dates that only
 *   bound or compare ("since 2015", "ahead of the Nov. 8 election") are skipped, an attribution date
 *   ("said Tuesday") or side-clause date yields to the reported event's date.
 * - Quotes: a quoted relative day ("Tonight, …") is dropped: it counts from when it was said.
 */
import type { Span } from '../../articles/article.js';
import { sentenceSpans } from '../../articles/sentences.js';
import { resolveOffsets, type AnchorEvent } from './anchors.js';
import { dateValues, sentenceCandidates, type SentenceCandidate } from './candidates.js';
import { toEdtf } from './edtf.js';
import { offsetExpressions, type OffsetExpression } from './offset-text.js';
import type { ChronoValue } from './precision.js';
import { refDayFromPublishedAt } from './reference.js';
import { governingCandidate } from './select.js';
import type { DatedEvent, RefDay } from './types.js';

export type { DatePrecision, DatedEvent } from './types.js';
export { compareEdtf } from './compare.js';
export { mergeEvents } from './merge.js';

/** True when the text holds wording that counts from another event ("two days later"), which needs what comes before it. */
export function hasOffsetWording(text: string): boolean {
  return offsetExpressions(text).length > 0;
}

// Lines that carry a date without reporting anything: credits, copyright, update stamps.
const BOILERPLATE_RE =
  /^\W*(?:©|copyright\b|all rights reserved|published\b|updated\b|posted\b|last (?:updated|modified)\b|photo\b|image\b|credit\b|file photo\b)/i;

/** One sentence with the dates it states itself and the offsets that need another event. */
interface SentenceReading {
  index: number;
  span: Span;
  sentence: string;
  values: ChronoValue[];
  offsets: OffsetExpression[];
  /** The sentence's candidates with every offset left unresolved. */
  direct: SentenceCandidate[];
}

/**
 * Dated events of one article: at most one per sentence, dated at the precision the wording supports,
 * resolved against `publishedAt` (never the clock). Sentences that are nothing but a date (a dateline
 * such as "December 12, 2008", or "8 months ago") are not events; when `publishedAt` is null a
 * dateline of a full date in the first two sentences serves as the publication day instead. Offsets
 * are resolved in reading order, so one may count from an event dated by another.
 */
export function extractDatedEvents(input: { text: string; publishedAt: string | null }): DatedEvent[] {
  const readings = readSentences(input.text, refDayFromPublishedAt(input.publishedAt));
  const named: AnchorEvent[] = [];
  for (const r of readings) {
    const c = governingCandidate(r.sentence, r.direct);
    if (c) named.push(anchorEvent(r, c));
  }
  const dated: AnchorEvent[] = [];
  const out: DatedEvent[] = [];
  for (const r of readings) {
    const found =
      r.offsets.length === 0
        ? r.direct
        : sentenceCandidates(
            r.sentence,
            r.values,
            resolveOffsets({ sentenceIndex: r.index, direct: r.direct }, r.offsets, dated, named),
          );
    const chosen = governingCandidate(r.sentence, found);
    if (!chosen) continue;
    out.push(toEvent(input.text, r.span, chosen));
    dated.push(anchorEvent(r, chosen));
  }
  return out;
}

function anchorEvent(r: SentenceReading, c: SentenceCandidate): AnchorEvent {
  return { sentenceIndex: r.index, sentence: r.sentence, value: c.value, dateStart: c.start, dateEnd: c.end };
}

/** The sentences that hold a date expression, minus boilerplate and datelines (a dateline may set `ref`). */
function readSentences(text: string, publication: RefDay | null): SentenceReading[] {
  let ref = publication;
  const out: SentenceReading[] = [];
  sentenceSpans(text).forEach((span, index) => {
    const sentence = text.slice(span.start, span.end);
    if (BOILERPLATE_RE.test(sentence)) return;
    const values = dateValues(sentence, ref);
    const offsets = offsetExpressions(sentence);
    const unresolved = offsets.map((o) => ({ start: o.start, end: o.end, value: null }));
    const direct = sentenceCandidates(sentence, values, unresolved);
    if (offsets.length === 0 && direct.length === 0) return;
    if (offsets.length === 0 && isDateOnly(sentence, direct)) {
      const only = direct[0]!.value;
      if (ref === null && index < 2 && direct.length === 1 && only.year !== null && only.day !== undefined) {
        ref = { year: only.year, month: only.month!, day: only.day };
      }
      return;
    }
    out.push({ index, span, sentence, values, offsets, direct });
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
