/**
 * How grouping quality moves with the join threshold, on the shared corpus and the fixtures, for
 * every arrival order the score reports: one batch, one at a time by date, and shuffled orders. It
 * shows how wide the working band is rather than picking a corpus-fitted optimum.
 * Run: `npx tsx eval/stories/sweep.ts [--from 0.06] [--to 0.4] [--step 0.02] [--orders 10] [--half-days N]`.
 * Prints a Markdown table (the one in eval/stories/README.md) and the working band: the thresholds
 * at which every corpus arrival meets precision >= 0.9 and recall >= 0.8 (shuffled: on average).
 * "Merges" counts the story merges made in all the runs of a row, and in brackets those that
 * joined two different gold stories.
 */
import { loadCorpus, type LabeledArticle } from './data.js';
import { FIXTURE_ARTICLES } from './fixtures.js';
import { groupAndScore, type Arrival } from './run-grouping.js';

const TARGET = { precision: 0.9, recall: 0.8 };

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Cell {
  precision: number;
  recall: number;
}

// Merges made over every run at the current threshold, and how many joined two gold stories.
const merges = { made: 0, wrong: 0 };

async function score(
  articles: readonly LabeledArticle[],
  arrival: Arrival,
  threshold: number,
): Promise<Cell> {
  const r = await groupAndScore(articles, arrival, { threshold, ...(halfDays > 0 ? { halfDays } : {}) });
  merges.made += r.merges.length;
  merges.wrong += r.merges.filter((m) => !m.right).length;
  return { precision: r.precision, recall: r.recall };
}

/** Mean and worst precision and recall over `orders` shuffled arrival orders. */
async function shuffled(
  articles: readonly LabeledArticle[],
  orders: number,
  threshold: number,
): Promise<{ mean: Cell; worst: Cell }> {
  const cells: Cell[] = [];
  for (let seed = 1; seed <= orders; seed++)
    cells.push(await score(articles, { kind: 'one-by-one', order: 'shuffled', seed }, threshold));
  const mean = (k: keyof Cell): number => cells.reduce((s, c) => s + c[k], 0) / cells.length;
  const worst = (k: keyof Cell): number => Math.min(...cells.map((c) => c[k]));
  return {
    mean: { precision: mean('precision'), recall: mean('recall') },
    worst: { precision: worst('precision'), recall: worst('recall') },
  };
}

const pr = (c: Cell): string => `${c.precision.toFixed(2)} / ${c.recall.toFixed(2)}`;
const meets = (c: Cell): boolean => c.precision >= TARGET.precision && c.recall >= TARGET.recall;

const from = option('from', 0.06);
const to = option('to', 0.4);
const step = option('step', 0.02);
const orders = option('orders', 10);
const halfDays = option('half-days', 0);
const corpus = loadCorpus();
const byDate: Arrival = { kind: 'one-by-one', order: 'date' };

console.log(
  `| threshold | corpus batch P / R | corpus by date | corpus shuffled, mean (worst of ${orders}) | fixtures batch | fixtures by date | merges (wrong) | corpus targets |`,
);
console.log('| ---: | :---: | :---: | :---: | :---: | :---: | :---: | :---: |');
const working: number[] = [];
for (let i = 0; from + i * step <= to + 1e-9; i++) {
  const threshold = Math.round((from + i * step) * 1000) / 1000;
  const cells: string[] = [];
  merges.made = 0;
  merges.wrong = 0;
  let ok = corpus.length > 0;
  if (corpus.length > 0) {
    const batch = await score(corpus, { kind: 'one-batch' }, threshold);
    const daily = await score(corpus, byDate, threshold);
    const random = await shuffled(corpus, orders, threshold);
    ok = meets(batch) && meets(daily) && meets(random.mean);
    cells.push(pr(batch), pr(daily), `${pr(random.mean)} (${pr(random.worst)})`);
  } else cells.push('absent', 'absent', 'absent');
  cells.push(pr(await score(FIXTURE_ARTICLES, { kind: 'one-batch' }, threshold)));
  cells.push(pr(await score(FIXTURE_ARTICLES, byDate, threshold)));
  cells.push(`${merges.made} (${merges.wrong})`);
  if (ok) working.push(threshold);
  console.log(`| ${threshold.toFixed(2)} | ${cells.join(' | ')} | ${ok ? 'met' : ''} |`);
}
console.log(
  working.length === 0
    ? '\nWorking band: none'
    : `\nWorking band: ${working[0]!.toFixed(2)}–${working[working.length - 1]!.toFixed(2)} (${working.length} of the thresholds tried)`,
);
