/**
 * Timeline scored on the real news of ../shared/corpus against the hand labels in corpus-labels.ts.
 * Usage: npx tsx eval/timeline/corpus-score.ts [--verbose]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreCorpus } from './corpus-scoring.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
if (!existsSync(corpus)) {
  process.stdout.write(`No corpus at ${corpus}: nothing to score.\n`);
  process.exit(0);
}
const s = scoreCorpus(corpus);
if (process.argv.includes('--verbose')) for (const d of s.disagreements) process.stdout.write(`${d}\n`);
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;
process.stdout.write(
  `articles: ${s.articles}  labelled: ${s.labelled}  items shown: ${s.shown}  unlabelled items: ${s.unlabelled}\n` +
    `event recall: ${pct(s.reached, s.labelled)}  date accuracy: ${pct(s.correct, s.reached)}  ` +
    `recall with the right date: ${pct(s.correct, s.labelled)}  precision: ${pct(s.correct, s.shown)}\n`,
);
