import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { storyChoices } from '../../src/stories/choices.js';
import { createStoryGrouping } from '../../src/stories/grouping.js';
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
    const initial = await t.grouping.assign(first);
    expect(initial.map((a) => a.action)).toEqual(['started', 'joined', 'started']);
    const bridgeStory = initial[0]!.storyId;

    const later = await saveFixture(t.store, fx('fx-bridge-3'));
    const [placed] = await t.grouping.assign([later]);
    expect(placed).toMatchObject({ storyId: bridgeStory, action: 'joined' });

    const stories = await t.stories.list({});
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
    expect(await t.grouping.backfill()).toBe(4);
    expect(await t.grouping.backfill()).toBe(0);
    const stories = await t.stories.list({});
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
    const out = await t.grouping.assign([original, copy]);
    expect(out.map((a) => a.action)).toEqual(['started', 'copy']);
    const story = (await t.stories.get(out[0]!.storyId, {}))!;
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
    const out = await t.grouping.assign([global1, guildA]);
    expect(out[1]).toMatchObject({ action: 'joined', storyId: out[0]!.storyId });

    const asB = (await t.stories.list({ guild: '222222' }))[0]!;
    expect(asB.articles).toEqual([global1.id]);
    expect(asB.label).not.toContain('SECRET');
    const asA = (await t.stories.list({ guild: '111111' }))[0]!;
    expect(asA.articles).toEqual([global1.id, guildA.id]);
    expect((await t.stories.get(out[0]!.storyId, { guild: '222222' }))?.articles).toEqual([global1.id]);
  });

  it('drops a removed article from its story, and an emptied story from the list', async () => {
    const a = await saveFixture(t.store, fx('fx-flood'));
    await t.grouping.assign([a]);
    expect(await t.stories.list({})).toHaveLength(1);
    await t.store.remove(a.id);
    expect(await t.stories.list({})).toEqual([]);
    expect(await t.stories.get('st-unknown', {})).toBeNull();
  });

  it('groups after an ingest through the after-save hook, and swallows grouping errors', async () => {
    const a = await saveFixture(t.store, fx('fx-bridge-1'));
    await t.afterSave([{ id: a.id }], 'global');
    expect((await t.stories.list({}))[0]!.articles).toEqual([a.id]);
    const failing = createStoryGrouping({
      log: t.log,
      stories: t.stories,
      store: { getMany: () => Promise.reject(new Error('boom')) },
    });
    await expect(failing.afterSave([{ id: 'x' }], 'global')).resolves.toBeUndefined();
  });

  it('groups what every ingest path saves, without a hook at the call site', async () => {
    const { ingest } = await import('../../src/articles/ingest.js');
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    writeFileSync(join(t.dir, 'a.txt'), `${fx('fx-bridge-1').title}\n\n${fx('fx-bridge-1').text}`);
    const report = await ingest(t, [join(t.dir, 'a.txt')], { scope: 'global' });
    expect(report.added).toBe(1);
    expect((await t.stories.list({})).map((s) => s.articles)).toEqual([[report.items[0]!.id]]);
  });

  it('filters autocomplete choices by what was typed, within Discord’s limits', async () => {
    const saved = await Promise.all(
      ['fx-bridge-1', 'fx-strike-1', 'fx-merger-1'].map((id) => saveFixture(t.store, fx(id))),
    );
    await t.grouping.assign(saved);
    const all = await storyChoices(t.stories, undefined, '');
    expect(all).toHaveLength(3);
    expect(all.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    const strike = await storyChoices(t.stories, undefined, 'TEACHERS');
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
    const [first] = await t.grouping.assign(saved);
    const engine = await t.answerEngine('extractive');
    const answer = await engine.answer({ kind: 'summary', query: '', story: first!.storyId });
    expect(answer.warnings[0]).toBe('Covered by 3 outlets (4 articles, 2025-03-03 to 2025-03-12).');
    const cited = new Set(answer.sources.map((s) => s.articleId));
    expect(cited.has(saved[4]!.id)).toBe(false);
    expect(cited.size).toBeGreaterThan(1);
  });
});
