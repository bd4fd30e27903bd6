/**
 * Scores "Sources differ" on the hand-labelled cases (eval/sources-differ/cases.ts) and counts the
 * notes it makes on the corpus stories: `npx tsx eval/sources-differ/score.ts`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/articles/article.js';
import { findDifferences } from '../../src/answers/differ/index.js';
import { CASES, type DifferCase } from './cases.js';
import { CORPUS, corpusStories } from './run.js';

/** What the differ says about one case: the kinds of the notes it makes. */
export function notesFor(c: DifferCase): string[] {
  const article = (id: string, side: DifferCase['a']): Article =>
    ({
      id,
      title: id,
      outlet: side.outlet,
      publishedAt: side.date,
      text: side.text,
      duplicateOf: null,
    }) as Article;
  return findDifferences([article('a', c.a), article('b', c.b)]).map((d) => d.kind);
}

/** Precision and recall over the cases: a note counts as right when the case differs in that way. */
export function scoreCases(cases: readonly DifferCase[] = CASES) {
  let shown = 0;
  let right = 0;
  let found = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const c of cases) {
    const kinds = notesFor(c);
    shown += kinds.length;
    const ok = kinds.filter((k) => k === c.differs).length;
    right += ok;
    if (ok < kinds.length) wrong.push(c.name);
    if (c.differs && ok > 0) found++;
    else if (c.differs) missed.push(c.name);
  }
  const positives = cases.filter((c) => c.differs).length;
  return { shown, right, precision: shown ? right / shown : 1, recall: found / positives, wrong, missed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = scoreCases();
  console.log(`cases: ${CASES.length}; notes shown ${s.shown}, right ${s.right}`);
  console.log(`precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`);
  if (s.wrong.length) console.log(`wrong: ${s.wrong.join('; ')}`);
  if (s.missed.length) console.log(`missed: ${s.missed.join('; ')}`);
  if (existsSync(CORPUS))
    for (const [story, articles] of corpusStories())
      console.log(`corpus ${story} (${articles.length} articles): ${findDifferences(articles).length} notes`);
}
