import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../src/answers/attribution/index.js';
import { attributions } from './helpers.js';

describe('robustness', () => {
  it('returns nothing for empty or quote-free text', () => {
    expect(extractAttributions({ text: '' })).toEqual([]);
    expect(extractAttributions({ text: 'Rain fell all day.\n\nThe river rose.' })).toEqual([]);
  });

  it('does not crash on non-English text', () => {
    const text = [
      '„Wir werden handeln“, sagte Bundeskanzler Olaf Scholz am Dienstag.',
      '« Nous ne céderons pas », a déclaré le ministre.',
      '«Мы не отступим», — заявил министр.',
      '北京表示，“我们将继续合作”。',
    ].join('\n\n');
    expect(() => attributions(text)).not.toThrow();
  });

  it('handles a very long article with many quotations', () => {
    const para = (i: number): string =>
      `"Point number ${i} matters," said Deputy Minister Lena Brandt ${i % 7 === 0 ? '' : 'on Tuesday'}. She said that item ${i} would be settled. The so-called "phase ${i}" plan continues.`;
    const text = [
      'Deputy Minister Lena Brandt spoke to reporters.',
      ...Array.from({ length: 1500 }, (_, i) => para(i)),
    ].join('\n\n');
    const got = attributions(text);
    expect(got.filter((a) => a.quoteKind === 'direct')).toHaveLength(1500);
    expect(got.filter((a) => a.quoteKind === 'reported')).toHaveLength(1500);
    expect(new Set(got.map((a) => a.speaker))).toEqual(new Set(['Lena Brandt']));
  });

  it('handles unbalanced and odd quote marks without inventing spans', () => {
    const text = 'Kirby said "" and then " nothing. ""\n\n"""\n\n“ ” “';
    expect(() => attributions(text)).not.toThrow();
  });
});
