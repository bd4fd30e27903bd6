import { describe, expect, it } from 'vitest';
import { mergeEvents } from '../../src/answers/timeline/index.js';

const ev = (id: string, date: string, sentence: string) => ({ id, date, sentence });

describe('mergeEvents', () => {
  it('merges the same event reported by two articles and keeps the more precise date', () => {
    const groups = mergeEvents([
      ev(
        'a',
        '2023-07',
        'In July, Russian defense minister Sergei Shoigu visited Pyongyang and toured a weapons exhibition.',
      ),
      ev(
        'b',
        '2023-07-26',
        'Sergei Shoigu toured a weapons exhibition in Pyongyang during his visit on Wednesday.',
      ),
    ]);
    expect(groups.map((g) => ({ date: g.date, ids: g.members.map((m) => m.id) }))).toEqual([
      { date: '2023-07-26', ids: ['a', 'b'] },
    ]);
  });

  it('merges a month into the season that contains it', () => {
    const groups = mergeEvents([
      ev('a', '2023-22', 'Shoigu visited Pyongyang to discuss artillery ammunition supplies.'),
      ev('b', '2023-07', 'Shoigu visited Pyongyang, where talks covered artillery ammunition.'),
    ]);
    expect(groups.map((g) => g.members.length)).toEqual([2]);
  });

  it('keeps a known-year date and an unknown-year date apart', () => {
    const groups = mergeEvents([
      ev('a', '2023-07', 'In July, Russia and China sent delegations to North Korea.'),
      ev('b', 'XXXX-07', 'In July, Russia and China sent delegations to North Korea.'),
    ]);
    expect(groups.map((g) => g.date)).toEqual(['2023-07', 'XXXX-07']);
  });

  it('keeps different events on the same date apart', () => {
    const groups = mergeEvents([
      ev('a', '2016-10-28', 'FBI Director James Comey sent a letter to Congress about new emails.'),
      ev('b', '2016-10-28', 'Wall Street stocks fell sharply in afternoon trading.'),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('keeps similar sentences with incompatible dates apart', () => {
    const groups = mergeEvents([
      ev('a', '2023-07', 'The central bank raised interest rates by a quarter point.'),
      ev('b', '2023-09', 'The central bank raised interest rates by a quarter point.'),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('is deterministic and keeps input order of groups and members', () => {
    const input = [
      ev('1', '2008-09-16', 'The Federal Reserve agreed to an $85 billion loan to rescue AIG.'),
      ev('2', '2008-09-15', 'Lehman Brothers filed for bankruptcy protection.'),
      ev('3', '2008-09', 'The Federal Reserve rescued AIG with an $85 billion loan.'),
      ev('4', '2008-09-15', 'Lehman Brothers filed for Chapter 11 bankruptcy protection on Monday.'),
    ];
    const first = mergeEvents(input);
    expect(first.map((g) => g.members.map((m) => m.id))).toEqual([
      ['1', '3'],
      ['2', '4'],
    ]);
    expect(mergeEvents(input)).toEqual(first);
  });
});
