import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES, ARTICLE_SETS } from '../../eval/attribution/articles.js';
import { scoreCorpus } from '../../eval/attribution/corpus-score.js';
import { rates, scoreArticle, total } from '../../eval/attribution/scoring.js';
import { articleText } from '../../eval/attribution/types.js';

describe('labelled evaluation articles', () => {
  it('labels only words that are in the article', () => {
    for (const a of ALL_ARTICLES) {
      const text = articleText(a);
      for (const e of a.expected) expect(text.includes(e.text), `${a.id}: ${e.text}`).toBe(true);
    }
  });
});

describe('attribution quality on sets a–e', () => {
  const score = total(['a', 'b', 'c', 'd', 'e'].flatMap((n) => ARTICLE_SETS[n]!.map((a) => scoreArticle(a))));
  const r = rates(score);

  it('finds at least 90% of direct quotes with the right speaker', () => {
    expect(r.directRecall, score.notes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('finds at least 70% of reported statements with the right speaker', () => {
    expect(r.reportedRecall, score.notes.join('\n')).toBeGreaterThanOrEqual(0.7);
  });

  it('shows at least 95% right items (speaker and words)', () => {
    expect(r.precision, score.notes.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('attribution quality on the fourth held-out set (relative clauses, new cues, documents, groups)', () => {
  const score = total(ARTICLE_SETS.f!.map((a) => scoreArticle(a)));
  const r = rates(score);

  it('finds at least 95% of direct quotes with the right speaker and kind', () => {
    expect(r.directRecall, score.notes.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 80% of reported statements with the right speaker and kind', () => {
    expect(r.reportedRecall, score.notes.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('shows at least 97% right items', () => {
    expect(r.precision, score.notes.join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

describe.skipIf(!existsSync(corpus))(
  'attribution quality on the hand-labelled part of the real corpus',
  () => {
    const score = scoreCorpus();
    const r = rates(score);

    it('scores every labelled article', () => {
      expect(score.articles).toBe(15);
    });

    it('finds at least 85% of direct quotes and 80% of reported statements', () => {
      expect(r.directRecall, score.notes.join('\n')).toBeGreaterThanOrEqual(0.85);
      expect(r.reportedRecall, score.notes.join('\n')).toBeGreaterThanOrEqual(0.8);
    });

    it('shows at least 97% right items', () => {
      expect(r.precision, score.notes.join('\n')).toBeGreaterThanOrEqual(0.97);
    });
  },
);
