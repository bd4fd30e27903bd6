import { describe, expect, it } from 'vitest';
import { normalizeText, oneLine } from '../../src/articles/clean/normalize.js';

describe('normalizeText', () => {
  it('removes the BOM, turns CRLF and CR into LF and NBSP into a space', () => {
    expect(normalizeText('\uFEFFOne\u00A0two.\r\nThree.\rFour.')).toBe('One two.\n\nThree.\n\nFour.');
  });

  it('separates paragraphs by exactly one blank line however many newlines the source has', () => {
    expect(normalizeText('A.\n\n\n\n\nB.\n\nC.')).toBe('A.\n\nB.\n\nC.');
  });

  it('keeps a single newline as a paragraph break', () => {
    expect(normalizeText('First paragraph.\nSecond paragraph.')).toBe(
      'First paragraph.\n\nSecond paragraph.',
    );
  });

  it('trims lines, drops whitespace-only lines and keeps spacing inside a line', () => {
    expect(normalizeText('  Added 178,000  jobs.   \n \u00A0 \n\tEnd.\t')).toBe(
      'Added 178,000  jobs.\n\nEnd.',
    );
  });

  it('drops control characters', () => {
    expect(normalizeText('Bell\u0007 and\u0000 null.')).toBe('Bell and null.');
  });
});

describe('oneLine', () => {
  it('collapses all whitespace to single spaces', () => {
    expect(oneLine('  A\n headline\u00A0 here ')).toBe('A headline here');
  });
});
