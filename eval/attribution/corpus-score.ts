/**
 * Scores the attribution extractor on the hand-labelled part of the real corpus (corpus-labels.ts),
 * with the same matching rules as the fictional sets: `npx tsx eval/attribution/corpus-score.ts [-v]`.
 * Needs ../shared/corpus; `-v` lists misses and wrong items (they quote the corpus: terminal only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORPUS_LABELS, type CorpusArticleLabels } from './corpus-labels.js';
import { rates, scoreArticle, total, type Score } from './scoring.js';
import type { LabeledArticle } from './types.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

/** A labelled corpus article in the shape of the fictional sets; null when the corpus is absent. */
export function corpusArticle(labels: CorpusArticleLabels): LabeledArticle | null {
  const file = `${corpus}/${labels.article}.json`;
  if (!existsSync(file)) return null;
  const a = JSON.parse(readFileSync(file, 'utf8')) as { title: string; text: string };
  return {
    id: labels.article,
    title: a.title,
    paragraphs: [a.text],
    expected: labels.labels.map((l) => ({
      speaker: l.speaker[0]!,
      aliases: l.speaker.slice(1),
      speakerKind: l.speakerKind,
      kind: l.kind,
      text: a.text.slice(l.start, l.end),
    })),
  };
}

/** Scores every labelled corpus article that is present. */
export function scoreCorpus(): Score & { articles: number } {
  const articles = CORPUS_LABELS.map(corpusArticle).filter((a): a is LabeledArticle => a !== null);
  return { ...total(articles.map((a) => scoreArticle(a))), articles: articles.length };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = scoreCorpus();
  if (s.articles === 0) throw new Error(`no corpus at ${corpus}`);
  const r = rates(s);
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  if (process.argv.includes('-v')) for (const n of s.notes) process.stdout.write(`${n}\n`);
  process.stdout.write(`labelled corpus articles: ${s.articles}\n`);
  process.stdout.write(`direct recall:   ${pct(r.directRecall)} (${s.directFound}/${s.directTotal})\n`);
  process.stdout.write(`reported recall: ${pct(r.reportedRecall)} (${s.reportedFound}/${s.reportedTotal})\n`);
  process.stdout.write(`precision:       ${pct(r.precision)} (${s.shownRight}/${s.shown})\n`);
}
