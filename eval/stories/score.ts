/**
 * Story grouping evaluation: pairwise precision and recall of "same story" on the shared corpus
 * (its labelled multi-article stories; every other article stands alone) and on our fictional
 * fixtures, for several arrival orders. Run: `npx tsx eval/stories/score.ts [--verbose]`.
 */
import { loadCorpus, type LabeledArticle } from './data.js';
import { FIXTURE_ARTICLES } from './fixtures.js';
import { groupAndScore, type Arrival } from './run-grouping.js';

const verbose = process.argv.includes('--verbose');

function arrivals(articles: readonly LabeledArticle[]): Array<[string, Arrival]> {
  const seeds = articles.filter((a) => a.story.startsWith('seeds-')).map((a) => a.id);
  const rest = articles.filter((a) => !seeds.includes(a.id)).map((a) => a.id);
  const out: Array<[string, Arrival]> = [['one batch', { kind: 'one-batch' }]];
  if (seeds.length > 0) out.push(['seeds, then the rest', { kind: 'batches', batches: [seeds, rest] }]);
  out.push(['one by one, by date', { kind: 'one-by-one', order: 'date' }]);
  for (const seed of [1, 2, 3, 4, 5])
    out.push([`one by one, shuffled #${seed}`, { kind: 'one-by-one', order: 'shuffled', seed }]);
  return out;
}

async function report(name: string, articles: readonly LabeledArticle[]): Promise<void> {
  if (articles.length === 0) {
    console.log(`${name}: absent, skipped`);
    return;
  }
  const stories = new Set(articles.map((a) => a.story)).size;
  console.log(`\n${name}: ${articles.length} articles, ${stories} gold stories`);
  for (const [label, arrival] of arrivals(articles)) {
    const r = await groupAndScore(articles, arrival);
    const wrong = r.merges.filter((m) => !m.right).length;
    console.log(
      `  ${label.padEnd(28)} precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  (${r.correctPairs}/${r.predictedPairs} predicted, ${r.truePairs} gold pairs; ${r.merges.length} merges, ${wrong} wrong)`,
    );
    if (verbose && label === 'one batch') {
      const gold = new Map(articles.map((a) => [a.id, a.story]));
      for (const ids of r.stories.values())
        if (ids.length > 1 || stories < articles.length)
          console.log(
            `    ${ids.map((id) => `${id.slice(0, 24)}[${gold.get(id)!.slice(0, 10)}]`).join('  ')}`,
          );
    }
  }
}

await report('shared corpus', loadCorpus());
await report('fixtures', FIXTURE_ARTICLES);
const corpus = loadCorpus();
if (corpus.length > 0) await report('corpus and fixtures together', [...corpus, ...FIXTURE_ARTICLES]);
