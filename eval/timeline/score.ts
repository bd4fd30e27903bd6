/**
 * Timeline evaluation on the hand-labelled fictional fixtures, per set.
 * Usage: npx tsx eval/timeline/score.ts [--verbose] [--set tuned|forward]   (default: both sets)
 */
import { fixtures, forwardFixtures, type TimelineFixture } from './fixtures/index.js';
import { scoreFixtures } from './scoring.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const sets: Array<[string, readonly TimelineFixture[]]> = [
  ['tuned', fixtures],
  ['forward', forwardFixtures],
];
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const clip = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 110);

for (const [name, set] of sets) {
  if (only !== undefined && only !== name) continue;
  const score = scoreFixtures(set);
  process.stdout.write(`\n== ${name} (${set.length} fixtures)\n`);
  for (const i of score.items) {
    if (!verbose && i.correct) continue;
    const mark = i.correct ? 'ok   ' : 'WRONG';
    process.stdout.write(
      `${mark} ${i.fixture} ${i.date} (label ${i.expected ?? 'none'}) [${i.dateText}] ${clip(i.sentence)}\n`,
    );
  }
  for (const m of score.missed) process.stdout.write(`MISSED ${m.fixture} ${m.date} "${m.fragment}"\n`);
  process.stdout.write(
    `items shown: ${score.shown}  correct: ${score.correct}  labelled: ${score.expected}\n` +
      `precision: ${pct(score.precision)}  recall: ${pct(score.recall)}  ` +
      `event recall: ${pct(score.eventRecall)}  date accuracy: ${pct(score.dateAccuracy)}\n`,
  );
}
