import { describe, expect, it } from 'vitest';
import { paragraphSpans } from '../../src/articles/passages.js';
import { queryTermsByParagraph } from '../../src/retrieval/score.js';
import { selectPassages } from '../../src/retrieval/select.js';
import { contentTerms } from '../../src/retrieval/terms.js';
import type { RetrievedPassage } from '../../src/retrieval/types.js';
import { makeArticle } from '../answers/make-article.js';

const shared =
  'The ferry authority will double service on both bridge routes while the Harbor Bridge is closed for repairs.';
const early = makeArticle({
  id: 'early',
  publishedAt: '2024-03-01',
  text: `${shared}\n\nCommuters welcomed the news at the terminal on Friday.`,
});
const late = makeArticle({
  id: 'late',
  publishedAt: '2024-03-05',
  text: `Weekend roundup of local transport news.\n\n${shared}`,
});
const articles = new Map([early, late].map((a) => [a.id, a]));
const passage = (articleId: string, i: number, score: number, pinned = false): RetrievedPassage => {
  const span = paragraphSpans(articles.get(articleId)!.text)[i]!;
  return { articleId, ...span, score, pinned };
};

describe('selectPassages', () => {
  it('replaces a repeated paragraph by the copy from the earlier published article, even when ranked lower', () => {
    const out = selectPassages(
      [passage('late', 1, 0.9), passage('early', 0, 0.8), passage('early', 1, 0.1)],
      articles,
      10_000,
    );
    expect(out.passages.map((p) => `${p.articleId}:${p.start}`)).toEqual([
      'early:0',
      `early:${early.text.indexOf('Commuters')}`,
    ]);
  });

  it('never drops a pinned paragraph for repeating another, and skips the unpinned repeat', () => {
    const out = selectPassages([passage('late', 1, 0.2, true), passage('early', 0, 0.9)], articles, 10_000);
    expect(out.passages.map((p) => [p.articleId, p.pinned])).toEqual([['late', true]]);
  });

  it('fills only what the pinned passages leave of the budget, and flags pinned text over budget', () => {
    const pinnedLate = passage('late', 0, 0, true);
    const room = selectPassages(
      [pinnedLate, passage('early', 1, 0.5)],
      articles,
      pinnedLate.end - pinnedLate.start + 10,
    );
    expect(room.passages).toHaveLength(1);
    expect(room.pinnedOverBudget).toBe(false);
    expect(selectPassages([pinnedLate], articles, 5).pinnedOverBudget).toBe(true);
  });
});

describe('queryTermsByParagraph', () => {
  it('finds query stems and their inflections in each paragraph, whole words only', () => {
    const text = 'Talks on policies resumed.\n\nThe talking stopped; a talkative aide left.\n\nNothing here.';
    const found = queryTermsByParagraph(text, paragraphSpans(text), contentTerms('talks policy'));
    expect(found.map((s) => [...s].sort())).toEqual([['policy', 'talk'], ['talk'], []]);
  });
});
