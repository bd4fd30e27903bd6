import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../eval/stories/data.js';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { groupAndScore } from '../../eval/stories/run-grouping.js';

const corpus = loadCorpus();

describe.skipIf(corpus.length === 0)('story grouping on the shared corpus (../shared/corpus)', () => {
  it('reaches precision >= 0.9 and recall >= 0.8 when the corpus is ingested in one batch', async () => {
    const r = await groupAndScore(corpus, { kind: 'one-batch' });
    expect(r.truePairs).toBe(70);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches the same targets when articles arrive one by one in date order', async () => {
    const r = await groupAndScore(corpus, { kind: 'one-by-one', order: 'date' });
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('groups the two seed articles (one Kim–Putin meeting, two sites) into one story', async () => {
    const r = await groupAndScore(corpus, {
      kind: 'batches',
      batches: [
        ['000_b48c49609bc0b249', '003_5ea07fed3b2000cd'],
        corpus.map((a) => a.id).filter((id) => !/^00/.test(id)),
      ],
    });
    const seedStories = [...r.stories.values()].filter((ids) => ids.includes('000_b48c49609bc0b249'));
    expect(seedStories).toEqual([['000_b48c49609bc0b249', '003_5ea07fed3b2000cd']]);
  });
});

describe('story grouping on the fictional fixtures', () => {
  it('keeps every developing story together across outlets and months', async () => {
    const r = await groupAndScore(FIXTURE_ARTICLES, { kind: 'one-by-one', order: 'date' });
    expect(r.recall).toBe(1);
  });

  it('keeps look-alikes apart: another bridge, another strike the same week, floods during the drought', async () => {
    const r = await groupAndScore(FIXTURE_ARTICLES, { kind: 'one-batch' });
    const storyOf = (id: string): string[] => [...r.stories.values()].find((ids) => ids.includes(id))!;
    expect(storyOf('fx-otherbridge')).toEqual(['fx-otherbridge']);
    expect(storyOf('fx-nurses')).toEqual(['fx-nurses']);
    expect(storyOf('fx-flood')).toEqual(['fx-flood']);
    expect(r.precision).toBeGreaterThanOrEqual(0.8);
  });
});
