import { extractDatedEvents, type DatedEvent } from '../../src/answers/timeline/index.js';

/** Extracts and returns just what a test asserts on: date, precision and the article's wording. */
export function dated(
  text: string,
  publishedAt: string | null,
): Array<Pick<DatedEvent, 'date' | 'precision' | 'dateText'>> {
  return extractDatedEvents({ text, publishedAt }).map(({ date, precision, dateText }) => ({
    date,
    precision,
    dateText,
  }));
}

/** Dates only, in article order. */
export function dates(text: string, publishedAt: string | null): string[] {
  return extractDatedEvents({ text, publishedAt }).map((e) => e.date);
}
