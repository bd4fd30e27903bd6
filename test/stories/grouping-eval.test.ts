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

  it('meets the targets at every threshold from 0.10 to 0.12: in one batch, by date, and on average over ten shuffled orders', async () => {
    for (const threshold of [0.1, 0.11, 0.12]) {
      const runs = [
        await groupAndScore(corpus, { kind: 'one-batch' }, { threshold }),
        await groupAndScore(corpus, { kind: 'one-by-one', order: 'date' }, { threshold }),
      ];
      const shuffled: Array<{ precision: number; recall: number }> = [];
      for (let seed = 1; seed <= 10; seed++)
        shuffled.push(
          await groupAndScore(corpus, { kind: 'one-by-one', order: 'shuffled', seed }, { threshold }),
        );
      const mean = (k: 'precision' | 'recall') => shuffled.reduce((s, r) => s + r[k], 0) / shuffled.length;
      runs.push({ ...runs[0]!, precision: mean('precision'), recall: mean('recall') });
      for (const r of runs) {
        expect(r.precision, `precision at ${threshold}`).toBeGreaterThanOrEqual(0.9);
        expect(r.recall, `recall at ${threshold}`).toBeGreaterThanOrEqual(0.8);
      }
    }
  }, 120_000);

  it('never merges two different gold stories, at any threshold from 0.06 to 0.30', async () => {
    for (let threshold = 0.06; threshold <= 0.3; threshold += 0.04) {
      for (const arrival of [{ kind: 'one-batch' }, { kind: 'one-by-one', order: 'date' }] as const) {
        const r = await groupAndScore(corpus, arrival, { threshold });
        expect(r.merges.filter((m) => !m.right)).toEqual([]);
      }
    }
  }, 120_000);

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
  it('keeps every developing story together across outlets and months, merging the spill story’s two strands', async () => {
    const r = await groupAndScore(FIXTURE_ARTICLES, { kind: 'one-by-one', order: 'date' });
    expect(r.recall).toBe(1);
    expect(r.merges.map((m) => [m.fromGold, m.intoGold])).toEqual([
      [
        ['spill', 'spill'],
        ['spill', 'spill'],
      ],
    ]);
  });

  it('keeps look-alikes apart: another bridge, another strike the same week, floods during the drought, the same airline’s baggage failure', async () => {
    const r = await groupAndScore(FIXTURE_ARTICLES, { kind: 'one-batch' });
    const storyOf = (id: string): string[] => [...r.stories.values()].find((ids) => ids.includes(id))!;
    expect(storyOf('fx-otherbridge')).toEqual(['fx-otherbridge']);
    expect(storyOf('fx-nurses')).toEqual(['fx-nurses']);
    expect(storyOf('fx-flood')).toEqual(['fx-flood']);
    expect(storyOf('fx-baggage')).toEqual(['fx-baggage']);
    expect(r.precision).toBe(1);
  });
});
