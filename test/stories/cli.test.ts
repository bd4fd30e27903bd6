import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { runAnswer } from '../../src/cli/commands/answer.js';
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

describe('newsroom stories after a merge', () => {
  let m: Awaited<ReturnType<typeof tempStore>>;
  beforeEach(async () => {
    m = await tempStore();
    for (const f of FIXTURE_ARTICLES.filter((a) => /^fx-spill-[1-5]$/.test(a.id)))
      await saveFixture(m.store, f);
    await m.store.close();
  });
  afterEach(async () => {
    await m.cleanup();
  });

  it('lists the merged-away story right after the story it went into, with mergedInto', async () => {
    const { session, stdout } = cliSession(m.path, { json: true });
    expect(await runStories(session, {})).toBe(0);
    await session.close();
    const { stories } = JSON.parse(stdout()) as { stories: Array<Record<string, unknown>> };
    expect(stories).toHaveLength(2);
    expect(stories[0]).toMatchObject({
      outlets: ['Corran Valley Post', 'Southern Wire', 'Elsby Herald'],
      first: '2025-05-05',
      last: '2025-05-12',
    });
    expect(stories[0]!.articles as string[]).toHaveLength(5);
    expect(stories[1]).toEqual({
      id: expect.stringMatching(/^st-[0-9a-f]{10}$/),
      label: expect.stringMatching(/Brandt Chemicals/),
      mergedInto: stories[0]!.id,
    });
  });

  it('prints a "merged in" line under the surviving story as text', async () => {
    const { session, stdout } = cliSession(m.path);
    expect(await runStories(session, {})).toBe(0);
    await session.close();
    expect(stdout()).toMatch(
      /^st-[0-9a-f]{10} {2}.+\n {4}5 articles · Corran Valley Post, Southern Wire, Elsby Herald · 2025-05-05 – 2025-05-12\n {4}merged in: st-[0-9a-f]{10} {2}.*Brandt Chemicals.*\n$/,
    );
  });

  it('answers --story <merged-away id> over the whole merged story', async () => {
    const listing = cliSession(m.path, { json: true });
    await runStories(listing.session, {});
    await listing.session.close();
    const [, away] = (JSON.parse(listing.stdout()) as { stories: Array<{ id: string }> }).stories;

    const { session, stdout } = cliSession(m.path, { json: true });
    expect(
      await runAnswer(session, { kind: 'summary', query: '', story: away!.id, engine: 'extractive' }),
    ).toBe(0);
    await session.close();
    const answer = JSON.parse(stdout()) as { warnings: string[]; sources: Array<{ outlet: string }> };
    expect(answer.warnings[0]).toBe('Covered by 3 outlets (5 articles, 2025-05-05 to 2025-05-12).');
    expect(new Set(answer.sources.map((s) => s.outlet)).size).toBeGreaterThan(1);
  });
});
