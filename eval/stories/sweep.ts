/**
 * Sensitivity of grouping to its two main knobs (threshold, time half-life), on the corpus and
 * the fixtures: shows how wide the good region is rather than picking a corpus-fitted optimum.
 * Run: `npx tsx eval/stories/sweep.ts`.
 */
import { loadCorpus } from './data.js';
import { FIXTURE_ARTICLES } from './fixtures.js';
import { groupAndScore } from './run-grouping.js';

const sets = [
  ['corpus', loadCorpus()],
  ['fixtures', FIXTURE_ARTICLES],
] as const;
for (const halfDays of [1825, 3650]) {
  for (const threshold of [0.13, 0.14, 0.15, 0.16]) {
    const cells: string[] = [];
    for (const [name, articles] of sets) {
      if (articles.length === 0) continue;
      const batch = await groupAndScore(articles, { kind: 'one-batch' }, { threshold, halfDays });
      const daily = await groupAndScore(
        articles,
        { kind: 'one-by-one', order: 'date' },
        { threshold, halfDays },
      );
      cells.push(
        `${name} batch P ${batch.precision.toFixed(2)} R ${batch.recall.toFixed(2)} | by date P ${daily.precision.toFixed(2)} R ${daily.recall.toFixed(2)}`,
      );
    }
    console.log(`half ${String(halfDays).padStart(4)} thr ${threshold.toFixed(2)}  ${cells.join('   ')}`);
  }
}
