import { expect } from 'vitest';
import type { Answer } from '../../src/answers/answer.js';
import { normalizeForQuote } from '../../src/answers/normalize.js';
import type { ArticleStore } from '../../src/store/article-store.js';

/**
 * Checks the `--json` contract independently of the verifier, against the store's own text:
 * every item cited; every citation the exact stored slice of a non-duplicate article; every quote
 * verbatim inside a citation; sources numbered 1..n in first-citation order, each one cited.
 */
export async function expectValidAnswer(answer: Answer, store: ArticleStore): Promise<void> {
  const json = JSON.parse(JSON.stringify(answer)) as Answer;
  expect(json).toEqual(answer);
  expect(Object.keys(json).sort()).toEqual(
    [
      'engine',
      'items',
      'kind',
      'query',
      'sources',
      'warnings',
      ...(json.usage ? ['usage'] : []),
      ...(json.notFound ? ['notFound'] : []),
    ].sort(),
  );
  const firstSeen: string[] = [];
  const articles = new Map<string, Awaited<ReturnType<ArticleStore['get']>>>();
  for (const item of json.items) {
    expect(item.citations.length).toBeGreaterThan(0);
    for (const c of item.citations) {
      if (!articles.has(c.articleId)) articles.set(c.articleId, await store.get(c.articleId));
      const article = articles.get(c.articleId);
      expect(article, `article ${c.articleId}`).not.toBeNull();
      expect(article!.duplicateOf).toBeNull();
      expect(article!.text.slice(c.start, c.end)).toBe(c.text);
      if (!firstSeen.includes(c.articleId)) firstSeen.push(c.articleId);
      expect(json.sources[c.source - 1]?.articleId).toBe(c.articleId);
    }
    if (item.quote !== undefined) {
      const q = normalizeForQuote(item.quote);
      expect(q.length).toBeGreaterThan(0);
      expect(item.citations.some((c) => normalizeForQuote(c.text).includes(q))).toBe(true);
    }
  }
  expect(json.sources.map((s) => s.articleId)).toEqual(firstSeen);
  expect(json.sources.map((s) => s.n)).toEqual(firstSeen.map((_, i) => i + 1));
}
