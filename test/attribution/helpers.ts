import { expect } from 'vitest';
import { extractAttributions, type Attribution } from '../../src/answers/attribution/index.js';

/** Attributions of `text`, after checking the span invariants every item must keep. */
export function attributions(text: string): Attribution[] {
  const out = extractAttributions({ text });
  for (const a of out) expectWellFormed(text, a);
  return out;
}

/** quote === text.slice(quoteSpan) and evidenceSpan contains quoteSpan. */
export function expectWellFormed(text: string, a: Attribution): void {
  expect(text.slice(a.quoteSpan.start, a.quoteSpan.end)).toBe(a.quote);
  expect(a.evidenceSpan.start).toBeLessThanOrEqual(a.quoteSpan.start);
  expect(a.evidenceSpan.end).toBeGreaterThanOrEqual(a.quoteSpan.end);
  expect(a.quote.length).toBeGreaterThan(0);
}

/** `speaker | kind | quote` lines, compact for exact assertions. */
export const summary = (as: readonly Attribution[]): string[] =>
  as.map((a) => `${a.speaker} | ${a.quoteKind} | ${a.quote}`);
