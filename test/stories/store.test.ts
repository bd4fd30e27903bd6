import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { createEngine } from '../../src/answers/engines.js';
import { loadConfig } from '../../src/config.js';
import { storyChoices } from '../../src/stories/choices.js';
import { withStoryCoverage } from '../../src/stories/coverage.js';
import {
  assignArticles,
  backfillStories,
  getStory,
  listStories,
  resolveStoryArticles,
  storiesOnSaved,
  storyLookup,
} from '../../src/stories/service.js';
import { saveFixture, tempStore } from './helpers.js';

const fx = (id: string) => FIXTURE_ARTICLES.find((a) => a.id === id)!;
let t: Awaited<ReturnType<typeof tempStore>>;

beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

describe('stories in the SQLite store', () => {
  it('lets a later article join the existing story without reshuffling older stories', async () => {
    const first = await Promise.all(
      ['fx-bridge-1', 'fx-bridge-2', 'fx-strike-1'].map((id) => saveFixture(t.store, fx(id))),
    );
    const initial = await assignArticles(t, first);
    expect(initial.map((a) => a.action)).toEqual(['started', 'joined', 'started']);
    const bridgeStory = initial[0]!.storyId;

    const later = await saveFixture(t.store, fx('fx-bridge-3'));
    const [placed] = await assignArticles(t, [later]);
    expect(placed).toMatchObject({ storyId: bridgeStory, action: 'joined' });

    const stories = await listStories(t, {});
    const bridge = stories.find((s) => s.id === bridgeStory)!;
    expect(bridge.articles).toEqual([first[0]!.id, first[1]!.id, later.id]);
    expect(bridge.outlets).toEqual(['Alden Courier', 'Harbor Ledger', 'Wend Valley Times']);
    expect(bridge.first).toBe('2025-03-03');
    expect(bridge.last).toBe('2025-03-08');
    expect(stories.find((s) => s.id === initial[2]!.storyId)!.articles).toEqual([first[2]!.id]);
  });

  it('groups articles saved earlier in one back-fill, in date order, and then leaves them alone', async () => {
    for (const id of ['fx-merger-3', 'fx-merger-1', 'fx-drought-1', 'fx-merger-2'])
      await saveFixture(t.store, fx(id));
    expect(await backfillStories(t)).toBe(4);
    expect(await backfillStories(t)).toBe(0);
    const stories = await listStories(t, {});
    expect(stories.map((s) => s.articles.length).sort()).toEqual([1, 3]);
    const merger = stories.find((s) => s.articles.length === 3)!;
    expect(merger.first).toBe('2024-02-12');
    expect(merger.label).toMatch(/Skyward|Coastline/);
  });

  it('links a syndicated copy into its original’s story as a copy, counting its outlet', async () => {
    const original = await saveFixture(t.store, fx('fx-strike-1'));
    const copy = await saveFixture(
      t.store,
      { ...fx('fx-strike-1'), id: 'fx-strike-1-copy', outlet: 'Valley Wire' },
      { url: 'https://wire.example/strike-vote' },
    );
    expect(copy.duplicateOf).toBe(original.id);
    const out = await assignArticles(t, [original, copy]);
    expect(out.map((a) => a.action)).toEqual(['started', 'copy']);
    const story = (await getStory(t, out[0]!.storyId, {}))!;
    expect(story.articles).toEqual([original.id]);
    expect(story.copies).toEqual([copy.id]);
    expect(story.outlets).toEqual(['Riverton Daily', 'Valley Wire']);
  });

  it('never shows one server’s article to another server, nor uses it as a global story’s label', async () => {
    const global1 = await saveFixture(t.store, fx('fx-drought-1'));
    const guildA = await saveFixture(
      t.store,
      { ...fx('fx-drought-2'), title: 'SECRET server-A headline about the Valdora drought' },
      { scope: '111111' },
    );
    const out = await assignArticles(t, [global1, guildA]);
    expect(out[1]).toMatchObject({ action: 'joined', storyId: out[0]!.storyId });

    const asB = (await listStories(t, { guild: '222222' }))[0]!;
    expect(asB.articles).toEqual([global1.id]);
    expect(asB.label).not.toContain('SECRET');
    const asA = (await listStories(t, { guild: '111111' }))[0]!;
    expect(asA.articles).toEqual([global1.id, guildA.id]);
    await expect(resolveStoryArticles(t, out[0]!.storyId, '222222')).resolves.toEqual([global1.id]);
  });

  it('drops a removed article from its story, and an emptied story from the list', async () => {
    const a = await saveFixture(t.store, fx('fx-flood'));
    await assignArticles(t, [a]);
    expect(await listStories(t, {})).toHaveLength(1);
    await t.store.remove(a.id);
    expect(await listStories(t, {})).toEqual([]);
    await expect(resolveStoryArticles(t, 'st-unknown', undefined)).rejects.toThrow(
      /No story with id "st-unknown"/,
    );
  });

  it('groups after an ingest through the onSaved hook, and swallows grouping errors', async () => {
    const a = await saveFixture(t.store, fx('fx-bridge-1'));
    await storiesOnSaved(t)([{ id: a.id }]);
    expect((await listStories(t, {}))[0]!.articles).toEqual([a.id]);
    await expect(
      storiesOnSaved({
        ...t,
        store: { ...t.store, getMany: () => Promise.reject(new Error('boom')) },
      })([{ id: 'x' }]),
    ).resolves.toBeUndefined();
  });

  it('filters autocomplete choices by what was typed, within Discord’s limits', async () => {
    const saved = await Promise.all(
      ['fx-bridge-1', 'fx-strike-1', 'fx-merger-1'].map((id) => saveFixture(t.store, fx(id))),
    );
    await assignArticles(t, saved);
    const all = await storyChoices(t, undefined, '');
    expect(all).toHaveLength(3);
    expect(all.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    const strike = await storyChoices(t, undefined, 'TEACHERS');
    expect(strike).toEqual([
      {
        name: 'Riverton teachers vote to strike over class sizes · 1 outlet · 2025-04-01',
        value: expect.stringMatching(/^st-/),
      },
    ]);
  });

  it('answers over a whole story and says how many outlets covered it', async () => {
    const saved = await Promise.all(
      ['fx-bridge-1', 'fx-bridge-2', 'fx-bridge-3', 'fx-bridge-4', 'fx-strike-1'].map((id) =>
        saveFixture(t.store, fx(id)),
      ),
    );
    const [first] = await assignArticles(t, saved);
    const config = loadConfig({});
    const engine = withStoryCoverage(
      createEngine({ config, store: t.store, log: t.log, engine: 'extractive', stories: storyLookup(t) }),
      t,
    );
    const answer = await engine.answer({ kind: 'summary', query: '', story: first!.storyId });
    expect(answer.warnings[0]).toBe('Covered by 3 outlets (4 articles, 2025-03-03 to 2025-03-12).');
    const cited = new Set(answer.sources.map((s) => s.articleId));
    expect(cited.has(saved[4]!.id)).toBe(false);
    expect(cited.size).toBeGreaterThan(1);
  });
});
