import type { Span } from '../../articles/article.js';

/** How fine a timeline date is: never finer than the article's own wording supports. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/** One dated event found in an article. */
export interface DatedEvent {
  /** EDTF at exactly the precision the article supports: 2023-07-26 | 2023-07 | 2023 | 2023-22 (summer; 21 spring..24 winter) | XXXX-07 (month known, year unknown). */
  date: string;
  precision: DatePrecision;
  /** The article's own wording of the date, exactly text.slice(dateSpan.start, dateSpan.end) ("In July", "last month", "on Tuesday"). */
  dateText: string;
  dateSpan: Span;
  /** The sentence describing the event — what the answer cites. Contains dateSpan. */
  sentenceSpan: Span;
}

/** A calendar day used as the anchor for relative expressions (the article's publication date). */
export interface RefDay {
  year: number;
  month: number;
  day: number;
}

/** Grammatical time of the clause around a date expression, as far as cheap cues tell. */
export type Tense = 'past' | 'future' | 'unknown';

/** A resolved date before it is written as EDTF. `year: null` means the article never says which year. */
export interface CalendarValue {
  year: number | null;
  month?: number;
  day?: number;
  /** EDTF season code: 21 spring, 22 summer, 23 autumn, 24 winter (the winter beginning in December of `year`). */
  season?: 21 | 22 | 23 | 24;
}

/** A date expression found in one sentence, offsets relative to the sentence string. */
export interface Candidate {
  start: number;
  end: number;
  value: CalendarValue;
  precision: DatePrecision;
}
