import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceSpans } from '../../src/articles/sentences.js';
import { extractDatedEvents } from '../../src/answers/timeline/index.js';
import { corpusLabels } from './corpus-labels.js';

/** Totals of the timeline against the hand labels of the real-news corpus. */
export interface CorpusScore {
  articles: number;
  labelled: number;
  shown: number;
  /** Items in sentences that carry no label. */
  unlabelled: number;
  /** Labelled sentences that gave an item. */
  reached: number;
  /** Labelled sentences that gave an item with the labelled date. */
  correct: number;
  /** One line per disagreement, for reading. */
  disagreements: string[];
}

/** Runs the extractor over every labelled article of `corpusDir` (../shared/corpus) and compares by sentence. */
export function scoreCorpus(corpusDir: string): CorpusScore {
  const score: CorpusScore = {
    articles: 0,
    labelled: 0,
    shown: 0,
    unlabelled: 0,
    reached: 0,
    correct: 0,
    disagreements: [],
  };
  for (const [id, labels] of Object.entries(corpusLabels)) {
    const collection = id.startsWith('wikinews_') ? 'wikinews' : 'polnear';
    const a = JSON.parse(readFileSync(join(corpusDir, collection, `${id}.json`), 'utf8')) as {
      text: string;
      published_at: string | null;
    };
    const starts = sentenceSpans(a.text).map((s) => s.start);
    const got = new Map<number, string>();
    for (const e of extractDatedEvents({ text: a.text, publishedAt: a.published_at }))
      got.set(starts.indexOf(e.sentenceSpan.start), e.date);
    const expected = new Map(labels);
    for (const i of expected.keys())
      if (i >= starts.length)
        throw new Error(`${id}: label for sentence ${i}, which the article does not have`);
    score.articles++;
    score.labelled += expected.size;
    score.shown += got.size;
    for (const [i, date] of got) {
      const want = expected.get(i);
      if (want === undefined) score.unlabelled++;
      else score.reached++;
      if (want === date) score.correct++;
      else score.disagreements.push(`${id} #${i}: got ${date}, label ${want ?? 'none'}`);
    }
    for (const [i, date] of expected)
      if (!got.has(i)) score.disagreements.push(`${id} #${i}: missed, label ${date}`);
  }
  return score;
}
