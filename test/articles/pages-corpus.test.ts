import { beforeAll, describe, expect, it } from 'vitest';
import { loadPages, pagesAvailable } from '../../eval/pages/corpus.js';
import { evaluatePage, summarize, type Summary } from '../../eval/pages/evaluate.js';

// Real news pages (../shared/corpus/pages), scored as eval/pages/score.ts scores them.
describe.skipIf(!pagesAvailable())('extraction from real news pages (../shared/corpus/pages)', () => {
  let s: Summary;
  beforeAll(async () => {
    const results = [];
    for (const page of loadPages()) results.push(await evaluatePage(page));
    s = summarize(results);
  }, 300_000);

  it('ingests every page', () => {
    expect(s.pages).toBe(27);
    expect(s.failed).toBe(0);
  });

  it('keeps the article text: word recall and precision at least 0.97 (mean per page)', () => {
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
    // What recall loses is the labelled page furniture, not article text.
    expect(s.articleRecall).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps no navigation, credit, related-story, promotion or author-box paragraph', () => {
    expect(s.noiseKept).toEqual({});
  });

  it('reads the title exactly on at least 95% of pages, and outlet, byline and date where the page gives them', () => {
    expect(s.title.ok / s.title.of).toBeGreaterThanOrEqual(0.95);
    for (const rate of [s.outlet, s.byline, s.published])
      expect(rate.ok / rate.of).toBeGreaterThanOrEqual(0.95);
  });
});
