/**
 * Scores the attribution extractor on the labelled fictional articles, set by set and in total:
 * `npx tsx eval/attribution/score.ts [-v] [set…]` (sets a–f; `-v` lists misses and wrong items).
 */
import { ARTICLE_SETS } from './articles.js';
import { rates, scoreArticle, total, type Score } from './scoring.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const names = args.filter((a) => a !== '-v');
const chosen = names.length > 0 ? names : Object.keys(ARTICLE_SETS);
for (const n of chosen) if (!(n in ARTICLE_SETS)) throw new Error(`no article set "${n}"`);

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const row = (label: string, s: Score): string => {
  const r = rates(s);
  return [
    label.padEnd(8),
    `${pct(r.directRecall)} (${s.directFound}/${s.directTotal})`.padEnd(20),
    `${pct(r.reportedRecall)} (${s.reportedFound}/${s.reportedTotal})`.padEnd(20),
    `${pct(r.precision)} (${s.shownRight}/${s.shown})`,
  ].join(' ');
};

const scores = chosen.map((n) => ({ n, s: total(ARTICLE_SETS[n]!.map((a) => scoreArticle(a))) }));
const all = total(scores.map((x) => x.s));
if (verbose) for (const note of all.notes) process.stdout.write(`${note}\n`);
process.stdout.write(
  `${'set'.padEnd(8)} ${'direct recall'.padEnd(20)} ${'reported recall'.padEnd(20)} precision\n`,
);
for (const { n, s } of scores) process.stdout.write(`${row(n, s)}\n`);
if (scores.length > 1) process.stdout.write(`${row('total', all)}\n`);
