import { describe, expect, it } from 'vitest';
import { GLOBAL_SCOPE, type Article } from '../../src/articles/article.js';
import { buildTimeline } from '../../src/answers/extractive/timeline.js';
import type { Retrieval } from '../../src/retrieval/index.js';

const TEXT = [
  'The Harlow Ridge paper mill stopped production on Monday.',
  'Workers were told on Dec. 14 that their jobs would end.',
  'Two days later, their union filed a complaint with the state labor board.',
].join('\n\n');

const ARTICLE: Article = {
  id: 'mill-1',
  externalId: null,
  url: null,
  canonicalUrl: null,
  title: 'Paper mill closes',
  outlet: 'Harlow Courier',
  byline: null,
  publishedAt: '2024-01-19',
  publishedAtSource: 'metadata',
  ingestedAt: '2024-01-19T10:00:00Z',
  language: 'en',
  text: TEXT,
  contentHash: 'x',
  scope: GLOBAL_SCOPE,
  duplicateOf: null,
  isExample: false,
};

function passage(fragment: string): Retrieval['passages'][number] {
  const start = TEXT.indexOf(fragment);
  return { articleId: ARTICLE.id, start, end: start + fragment.length, score: 1, pinned: false };
}

describe('timeline answers over retrieved passages', () => {
  it('dates an offset in a retrieved paragraph from the dated paragraph before it, even when that one was not retrieved', () => {
    const retrieval: Retrieval = {
      articles: [ARTICLE],
      passages: [passage('Two days later, their union filed a complaint with the state labor board.')],
      pinnedOverBudget: false,
    };
    const { items } = buildTimeline(retrieval);
    expect(items.map((i) => [i.date, i.dateText])).toEqual([['2023-12-16', 'Two days later']]);
  });
});
