import { describe, it, expect } from 'vitest';
import { withContinuation } from '../../src/answers/extractive/continuation.js';

const text =
  'In July, the minister visited the capital. During this visit, he toured a factory. Prices rose.\n\n' +
  'In May, talks began. During the talks on June 3, both sides left.';

describe('timeline events that continue into the next sentence', () => {
  it('extends an event over a following sentence that points back at it', () => {
    const first = { start: 0, end: text.indexOf(' During') };
    const span = withContinuation(text, first, new Set([0]));
    expect(text.slice(span.start, span.end)).toBe(
      'In July, the minister visited the capital. During this visit, he toured a factory.',
    );
  });

  it('leaves a sentence alone when the next one does not point back', () => {
    const second = { start: text.indexOf('During this'), end: text.indexOf(' Prices') };
    expect(withContinuation(text, second, new Set())).toEqual(second);
  });

  it('does not swallow a following sentence that has its own date', () => {
    const may = { start: text.indexOf('In May'), end: text.indexOf(' During the talks') };
    const datedStarts = new Set([may.start, text.indexOf('During the talks')]);
    expect(withContinuation(text, may, datedStarts)).toEqual(may);
  });
});
