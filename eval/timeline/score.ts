/**
 * Timeline evaluation on the hand-labelled fictional fixtures.
 * Usage: npx tsx eval/timeline/score.ts [--verbose]
 */
import { fixtures } from './fixtures/index.js';
import { scoreFixtures } from './scoring.js';

const verbose = process.argv.includes('--verbose');
const score = scoreFixtures(fixtures);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const clip = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 110);

for (const i of score.items) {
  if (!verbose && i.correct) continue;
  const mark = i.correct ? 'ok   ' : 'WRONG';
  process.stdout.write(
    `${mark} ${i.fixture} ${i.date} (label ${i.expected ?? 'none'}) [${i.dateText}] ${clip(i.sentence)}\n`,
  );
}
for (const m of score.missed) process.stdout.write(`MISSED ${m.fixture} ${m.date} "${m.fragment}"\n`);
process.stdout.write(
  `\nfixtures: ${fixtures.length}  items shown: ${score.shown}  correct: ${score.correct}  labelled: ${score.expected}\n` +
    `precision: ${pct(score.precision)}  recall: ${pct(score.recall)}\n`,
);
