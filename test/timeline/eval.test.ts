import { describe, expect, it } from 'vitest';
import { fixtures, forwardFixtures } from '../../eval/timeline/fixtures/index.js';
import { scoreFixtures } from '../../eval/timeline/scoring.js';

describe('timeline quality on the hand-labelled fictional fixtures', () => {
  const score = scoreFixtures(fixtures);

  it('shows at least 85% of items with the right date at the stated precision', () => {
    expect(score.shown).toBeGreaterThan(50);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 80% of the labelled items', () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('uses labels that each point at exactly one sentence', () => {
    for (const f of [...fixtures, ...forwardFixtures]) {
      for (const x of f.expected)
        expect(f.text.split(x.fragment).length - 1, `${f.id}: ${x.fragment}`).toBe(1);
    }
  });
});

describe('timeline quality on the forward-looking held-out set (future dates, weeks, offsets)', () => {
  const score = scoreFixtures(forwardFixtures);

  it('dates at least 90% of the labelled events exactly, and shows few wrong items', () => {
    expect(score.dateAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });
});
