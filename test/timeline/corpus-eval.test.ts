import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../eval/timeline/corpus-scoring.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

describe.skipIf(!['wikinews', 'polnear'].every((c) => existsSync(join(corpus, c))))(
  'timeline on real news, against the hand labels (../shared/corpus)',
  () => {
    // Scored in a hook, not in the describe body: vitest collects a skipped describe's body too,
    // and on a checkout without the corpus that would read files that are not there.
    let score: ReturnType<typeof scoreCorpus>;
    beforeAll(() => {
      score = scoreCorpus(corpus);
    });

    it('labels every article of the wikinews and polnear collections', () => {
      expect(score.articles).toBe(47);
    });

    it('finds at least 90% of the labelled events and dates at least 95% of them exactly', () => {
      expect(score.reached / score.labelled).toBeGreaterThanOrEqual(0.9);
      expect(score.correct / score.reached).toBeGreaterThanOrEqual(0.95);
    });
  },
);
