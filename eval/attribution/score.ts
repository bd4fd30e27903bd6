/** Scores the attribution extractor on the labelled fictional articles: `npx tsx eval/attribution/score.ts [-v]`. */
import { ALL_ARTICLES } from './articles.js';
import { rates, scoreArticle, total } from './scoring.js';

const t = total(ALL_ARTICLES.map((a) => scoreArticle(a)));
const r = rates(t);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
if (process.argv.includes('-v')) for (const n of t.notes) process.stdout.write(`${n}\n`);
process.stdout.write(`articles: ${ALL_ARTICLES.length}\n`);
process.stdout.write(
  `direct recall:   ${pct(r.directRecall)} (${t.directFound}/${t.directTotal})  target ≥ 90%\n`,
);
process.stdout.write(
  `reported recall: ${pct(r.reportedRecall)} (${t.reportedFound}/${t.reportedTotal})  target ≥ 70%\n`,
);
process.stdout.write(`precision:       ${pct(r.precision)} (${t.shownRight}/${t.shown})  target ≥ 95%\n`);
