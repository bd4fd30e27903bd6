import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GLOBAL_SCOPE, type Article, type ArticleDraft } from '../../src/articles/article.js';
import { fixedClock } from '../../src/clock.js';
import { createLogger } from '../../src/log.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { SqliteArticleStore } from '../../src/store/sqlite/index.js';
import type { StoriesContext } from '../../src/stories/service.js';

/** A fresh SQLite store in a temp dir, with a fixed clock and a silent logger. */
export async function tempStore(now = '2025-04-20T12:00:00Z'): Promise<
  StoriesContext & {
    store: SqliteArticleStore;
    clock: ReturnType<typeof fixedClock>;
    dir: string;
    path: string;
    cleanup(): Promise<void>;
  }
> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-stories-'));
  const path = join(dir, 'newsroom.db');
  const clock = fixedClock(now);
  const store = await openSqliteStore({ path, clock });
  return {
    store,
    clock,
    log: createLogger('silent'),
    dir,
    path,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
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
  store: SqliteArticleStore,
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
