import { createHash } from 'node:crypto';
import type { Article } from '../../src/articles/article.js';

/** An in-memory Article for tests that do not need a store. */
export function makeArticle(fields: Partial<Article> & { id: string; text: string }): Article {
  return {
    externalId: null,
    url: `https://example.test/${fields.id}`,
    canonicalUrl: null,
    title: `Title of ${fields.id}`,
    outlet: 'Example Outlet',
    byline: null,
    publishedAt: '2024-03-01',
    publishedAtSource: 'metadata',
    ingestedAt: '2024-03-02T00:00:00.000Z',
    language: 'en',
    contentHash: createHash('sha256').update(fields.text).digest('hex'),
    scope: 'global',
    duplicateOf: null,
    isExample: false,
    ...fields,
  };
}
