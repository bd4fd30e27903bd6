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
const BOILERPLATE_RE = /^\W*(?:©|copyright\b|all rights reserved|published\b|updated\b|posted\b|last (?:updated|modified)\b|photo\b|image\b|credit\b|file photo\b)/i;

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
