import { describe, expect, it } from 'vitest';
import { bridgedStory, keepsItsId } from '../../src/stories/bridging.js';

const rule = { threshold: 0.11, above: 0.14, balance: 0.5, margin: 0.03, opening: 0.05 };
const ranked = (...scores: number[]) => scores.map((score, i) => ({ storyId: `s${i + 1}`, score }));
const opensOnBoth = () => 0.3;

describe('the bridging rule', () => {
  it('names the second story when the article belongs to both best stories, about equally, and to no third', () => {
    expect(bridgedStory(ranked(0.42, 0.41, 0.01), rule, opensOnBoth)).toEqual({ storyId: 's2', score: 0.41 });
    expect(bridgedStory(ranked(0.2, 0.15), rule, opensOnBoth)).toEqual({ storyId: 's2', score: 0.15 });
  });

  it('merges nothing when the second story scores below the merge bar, though above the join threshold', () => {
    expect(bridgedStory(ranked(0.3, 0.13), rule, opensOnBoth)).toBeNull();
    expect(bridgedStory(ranked(0.3, 0.16), { ...rule, threshold: 0.14 }, opensOnBoth)).toBeNull();
    expect(bridgedStory(ranked(0.3, 0.18), { ...rule, threshold: 0.14 }, opensOnBoth)).not.toBeNull();
  });

  it('merges nothing when the article is much closer to one story than to the other', () => {
    expect(bridgedStory(ranked(0.58, 0.18), rule, opensOnBoth)).toBeNull();
  });

  it('merges nothing when a third story scores nearly as high (a generic article)', () => {
    expect(bridgedStory(ranked(0.3, 0.25, 0.23), rule, opensOnBoth)).toBeNull();
  });

  it('merges nothing when the article does not open on both stories', () => {
    const opensOnFirst = (s: { storyId: string }) => (s.storyId === 's1' ? 0.4 : 0.01);
    expect(bridgedStory(ranked(0.45, 0.27), rule, opensOnFirst)).toBeNull();
  });

  it('merges nothing with a single candidate', () => {
    expect(bridgedStory(ranked(0.5), rule, opensOnBoth)).toBeNull();
    expect(bridgedStory([], rule, opensOnBoth)).toBeNull();
  });
});

describe('which story keeps its id', () => {
  it('is the older story, then the larger, then the smaller id', () => {
    expect(keepsItsId({ id: 'st-b', first: 100, size: 1 }, { id: 'st-a', first: 101, size: 9 })).toBe(true);
    expect(keepsItsId({ id: 'st-b', first: 101, size: 9 }, { id: 'st-a', first: 100, size: 1 })).toBe(false);
    expect(keepsItsId({ id: 'st-b', first: 100, size: 3 }, { id: 'st-a', first: 100, size: 2 })).toBe(true);
    expect(keepsItsId({ id: 'st-b', first: 100, size: 2 }, { id: 'st-a', first: 100, size: 2 })).toBe(false);
  });
});
