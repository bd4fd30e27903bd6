import { GLOBAL_SCOPE, type Article, type ArticleDraft } from '../../src/articles/article.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';

/** The app on a fresh SQLite file in a temp dir, with a fixed clock and a silent logger. */
export async function tempStore(now = '2025-04-20T12:00:00Z'): Promise<TestApp> {
  return openTestApp({ now });
}

/** What a fixture article needs to become a stored draft. */
export interface FixtureLike {
  id: string;
  title: string;
  text: string;
  date: string | null;
  outlet: string;
}

/** Saves a fixture article as a draft (URL derived from its id) and returns the stored article. */
export async function saveFixture(
  store: ArticleStore,
  f: FixtureLike,
  options: { scope?: string; url?: string } = {},
): Promise<Article> {
  const draft: ArticleDraft = {
    externalId: f.id,
    url: options.url ?? `https://news.example/${f.id}`,
    canonicalUrl: null,
    title: f.title,
    outlet: f.outlet,
    byline: null,
    publishedAt: f.date,
    publishedAtSource: f.date ? 'metadata' : 'unknown',
    language: 'en',
    text: f.text,
    raw: { kind: 'text', source: `${f.id}.txt`, content: f.text },
  };
  const scope = options.scope ?? GLOBAL_SCOPE;
  const r = await store.save(draft, { scope });
  return (await store.get(r.id, { guild: scope === GLOBAL_SCOPE ? undefined : scope }))!;
}
