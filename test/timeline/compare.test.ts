import { describe, expect, it } from 'vitest';
import { compareEdtf } from '../../src/answers/timeline/index.js';

describe('compareEdtf', () => {
  it('orders dates of mixed precision by where they start, coarser first on a tie', () => {
    const input = [
      '2023-09',
      '2023-07-26',
      'XXXX-07',
      '2023',
      '2023-22',
      '2022-24',
      '2023-07',
      '2024-01-02',
      '2023-01-01',
      '2023-01',
    ];
    expect([...input].sort(compareEdtf)).toEqual([
      '2022-24',
      '2023',
      '2023-01',
      '2023-01-01',
      '2023-22',
      '2023-07',
      '2023-07-26',
      '2023-09',
      '2024-01-02',
      'XXXX-07',
    ]);
  });

  it('puts the July events of the seed story before a September meeting', () => {
    expect(['2023-09', '2023-22', '2023-07', '2023-08'].sort(compareEdtf)).toEqual([
      '2023-22',
      '2023-07',
      '2023-08',
      '2023-09',
    ]);
  });

  it('orders unknown-year dates after all dated ones, by month and day', () => {
    expect(['XXXX-07-04', 'XXXX-03', '1999', 'XXXX-07'].sort(compareEdtf)).toEqual([
      '1999',
      'XXXX-03',
      'XXXX-07',
      'XXXX-07-04',
    ]);
  });

  it('puts strings it does not understand last, in string order', () => {
    expect(['garbage', '2023', '1990s', 'XXXX-07'].sort(compareEdtf)).toEqual([
      '2023',
      'XXXX-07',
      '1990s',
      'garbage',
    ]);
  });

  it('is zero only for equal strings and antisymmetric', () => {
    const all = ['2023', '2023-01', '2023-21', '2023-03', '2023-03-01', 'XXXX-03', 'x'];
    for (const a of all) {
      for (const b of all) {
        expect(Math.sign(compareEdtf(a, b)) + Math.sign(compareEdtf(b, a))).toBe(0);
        if (a !== b) expect(compareEdtf(a, b)).not.toBe(0);
      }
    }
  });
});
