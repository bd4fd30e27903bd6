import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDifferences } from '../../src/answers/differ/index.js';
import { scoreCases } from '../../eval/sources-differ/score.js';
import { CORPUS, corpusStories } from '../../eval/sources-differ/run.js';

describe('"Sources differ" on the hand-labelled cases', () => {
  it('shows no note that is not a real difference, and finds at least three of the four', () => {
    const s = scoreCases();
    expect(s.wrong).toEqual([]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeGreaterThanOrEqual(0.75);
  });
});

describe.skipIf(!existsSync(CORPUS))('"Sources differ" on the corpus stories (../shared/corpus)', () => {
  it('makes no note on the five real stories, where hand-checking found no difference it should show', () => {
    const counts = [...corpusStories()].map(([story, articles]) => [story, findDifferences(articles).length]);
    expect(counts).toHaveLength(5);
    expect(counts.every(([, n]) => n === 0)).toBe(true);
  });
});
