import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { runStories } from '../../src/cli/commands/stories.js';
import { cliSession } from './cli-session.js';
import { saveFixture, tempStore } from './helpers.js';

let t: Awaited<ReturnType<typeof tempStore>>;
beforeEach(async () => {
  t = await tempStore();
  for (const f of FIXTURE_ARTICLES.filter((a) => /bridge|strike/.test(a.id))) await saveFixture(t.store, f);
  await t.store.close();
});
afterEach(async () => {
  await t.cleanup();
});

describe('newsroom stories', () => {
  it('groups stored articles and prints { stories: [...] } as JSON, most recent first', async () => {
    const { session, stdout } = cliSession(t.path, { json: true });
    expect(await runStories(session, {})).toBe(0);
    await session.close();
    const { stories } = JSON.parse(stdout()) as { stories: Array<Record<string, unknown>> };
    expect(stories.map((s) => (s.articles as string[]).length)).toEqual([3, 4, 1]);
    expect(Object.keys(stories[0]!)).toEqual([
      'id',
      'label',
      'articles',
      'copies',
      'outlets',
      'first',
      'last',
    ]);
    expect(stories[0]).toMatchObject({
      outlets: ['Riverton Daily', 'Channel 9 Riverton'],
      first: '2025-04-01',
      last: '2025-04-15',
    });
    expect(stories[1]).toMatchObject({
      first: '2025-03-03',
      last: '2025-03-12',
      outlets: ['Alden Courier', 'Harbor Ledger', 'Wend Valley Times'],
    });
  });

  it('filters by --since and --min-articles, and prints two lines per story as text', async () => {
    const { session, stdout } = cliSession(t.path);
    expect(await runStories(session, { since: '2025-04-01', minArticles: '2' })).toBe(0);
    await session.close();
    const text = stdout();
    expect(text).toMatch(
      /^st-[0-9a-f]{10} {2}Riverton .*\n {4}3 articles · Riverton Daily, Channel 9 Riverton · 2025-04-01 – 2025-04-15\n$/,
    );
  });
});
