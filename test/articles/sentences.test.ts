import { describe, it, expect } from 'vitest';
import { sentenceSpans } from '../../src/articles/sentences.js';

const split = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentence spans', () => {
  it('does not end a sentence after a title or an initial', () => {
    expect(split('Sen. John F. Kennedy spoke. Then he left.')).toEqual([
      'Sen. John F. Kennedy spoke.',
      'Then he left.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(split('"We go." He left.')).toEqual(['"We go."', 'He left.']);
  });

  it('keeps "U.S." inside a name-like phrase', () => {
    expect(split('Then U.S. officials met. They agreed.')).toEqual([
      'Then U.S. officials met.',
      'They agreed.',
    ]);
  });

  it('ends a sentence after "U.S." when the next word opens a sentence', () => {
    expect(split('Arms came from the U.S. The deal was signed.')).toEqual([
      'Arms came from the U.S.',
      'The deal was signed.',
    ]);
  });

  it('never crosses a paragraph break', () => {
    expect(split('No full stop here\n\nNext paragraph.')).toEqual(['No full stop here', 'Next paragraph.']);
  });

  it('ends a sentence after a.m. when a new sentence starts', () => {
    expect(split('He left at 5 p.m. Then it rained.')).toEqual(['He left at 5 p.m.', 'Then it rained.']);
  });
});
