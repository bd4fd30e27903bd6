import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { ROUNDUP } from './roundup.js';
import { saveFixture, tempStore } from './helpers.js';

const fx = (id: string) => FIXTURE_ARTICLES.find((a) => a.id === id)!;
let t: Awaited<ReturnType<typeof tempStore>>;

beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

/** Saves fixture articles and groups them in one batch; returns the stored articles. */
async function saveAndGroup(ids: string[], scope?: string) {
  const saved = [];
  for (const id of ids) saved.push(await saveFixture(t.store, fx(id), scope ? { scope } : {}));
  return { saved, assigned: await t.grouping.assign(saved) };
}

describe('story merges', () => {
  it('merges two stories when an article bridges them: the older keeps its id, the other redirects to it', async () => {
    const { saved, assigned } = await saveAndGroup(['fx-spill-1', 'fx-spill-2', 'fx-spill-3', 'fx-spill-4']);
    const river = assigned[0]!.storyId;
    const plant = assigned[2]!.storyId;
    expect(assigned.map((a) => [a.action, a.storyId])).toEqual([
      ['started', river],
      ['joined', river],
      ['started', plant],
      ['joined', plant],
    ]);
    const plantLabel = (await t.stories.get(plant, {}))!.label;

    const link = await saveFixture(t.store, fx('fx-spill-5'));
    const [placed] = await t.grouping.assign([link]);
    expect(placed).toMatchObject({ articleId: link.id, storyId: river, action: 'joined', merged: [plant] });

    const all = [...saved.map((a) => a.id), link.id];
    const stories = await t.stories.list({});
    expect(stories.map((s) => [s.id, s.articles])).toEqual([[river, all]]);
    expect(stories[0]!.outlets).toEqual(['Corran Valley Post', 'Southern Wire', 'Elsby Herald']);
    expect(await t.stories.redirects([river], {})).toEqual([
      { id: plant, label: plantLabel, mergedInto: river },
    ]);

    const [later] = await t.grouping.assign([await saveFixture(t.store, fx('fx-spill-6'))]);
    expect(later).toEqual({
      articleId: expect.any(String),
      storyId: river,
      action: 'joined',
      score: expect.any(Number),
    });
  });

  it('resolves the merged-away id to the story it went into', async () => {
    const { assigned } = await saveAndGroup([
      'fx-spill-1',
      'fx-spill-2',
      'fx-spill-3',
      'fx-spill-4',
      'fx-spill-5',
    ]);
    const river = assigned[0]!.storyId;
    const plant = assigned[2]!.storyId;
    expect(assigned[4]).toMatchObject({ storyId: river, merged: [plant] });
    const summary = await t.stories.get(plant, {});
    expect(summary).toEqual(await t.stories.get(river, {}));
    expect(summary!.id).toBe(river);
    expect((await t.stories.get(plant, {}))?.articles).toEqual(assigned.map((a) => a.articleId));
  });

  it('does not merge two stories through a round-up that opens on one of them', async () => {
    const { assigned } = await saveAndGroup([
      'fx-bridge-1',
      'fx-bridge-2',
      'fx-bridge-3',
      'fx-strike-1',
      'fx-strike-2',
    ]);
    const strike = assigned[3]!.storyId;
    const roundup = await saveFixture(t.store, ROUNDUP);
    const [placed] = await t.grouping.assign([roundup]);
    expect(placed).toEqual({
      articleId: roundup.id,
      storyId: strike,
      action: 'joined',
      score: expect.any(Number),
    });
    const stories = await t.stories.list({});
    expect(stories.map((s) => s.articles.length)).toEqual([3, 3]);
    expect(
      await t.stories.redirects(
        stories.map((s) => s.id),
        {},
      ),
    ).toEqual([]);
  });

  it('never merges a server’s own story with a global one', async () => {
    const { assigned } = await saveAndGroup(['fx-spill-1', 'fx-spill-2']);
    const guild = await saveAndGroup(['fx-spill-3', 'fx-spill-4'], '111111');
    const link = await saveFixture(t.store, fx('fx-spill-5'), { scope: '111111' });
    const [placed] = await t.grouping.assign([link]);
    expect(placed!.merged).toBeUndefined();
    expect([assigned[0]!.storyId, guild.assigned[0]!.storyId]).toContain(placed!.storyId);
    expect((await t.stories.list({ guild: '111111' })).map((s) => s.articles.length).sort()).toEqual([2, 3]);
    expect((await t.stories.list({})).map((s) => s.articles.length)).toEqual([2]);
  });

  it('points earlier redirects at the surviving story when that story is merged in turn', async () => {
    const { assigned } = await saveAndGroup(['fx-bridge-1', 'fx-strike-1', 'fx-flood']);
    const [a, b, c] = assigned.map((x) => x.storyId) as [string, string, string];
    const stories = t.stories;
    await stories.mergeStories({ from: a, into: b });
    await stories.mergeStories({ from: b, into: c });
    expect((await t.stories.get(a, {}))!.id).toBe(c);
    expect((await t.stories.get(c, {}))!.articles).toEqual(assigned.map((x) => x.articleId));
    expect((await t.stories.redirects([c], {})).map((m) => [m.id, m.mergedInto])).toEqual([
      [a, c],
      [b, c],
    ]);
    expect(await stories.hasStory(a)).toBe(true);
  });
});
