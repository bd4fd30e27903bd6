import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { createExtractiveEngine } from '../../src/answers/extractive/index.js';
import { buildDigest } from '../../src/digest/build.js';
import { saveFixture, tempStore } from '../stories/helpers.js';
import { saveDay } from './harness.js';

let t: Awaited<ReturnType<typeof tempStore>>;
const ctx = () => ({ ...t, engine: createExtractiveEngine({ store: t.store, log: t.log }) });

beforeEach(async () => {
  t = await tempStore('2026-03-29T06:00:00Z');
  await saveDay(t.store, '2026-03-28', [
    'fx-bridge-1',
    'fx-bridge-2',
    'fx-bridge-3',
    'fx-strike-1',
    'fx-strike-2',
    'fx-flood',
  ]);
  await saveDay(t.store, '2026-03-27', ['fx-merger-1']);
});
afterEach(async () => {
  await t.cleanup();
});

describe('building a digest', () => {
  it('ranks the day’s stories by outlets, each with one or two exact, cited sentences from its own articles', async () => {
    const d = await buildDigest(ctx(), { date: '2026-03-28', timeZone: 'UTC', stories: 5 });
    expect(d.articleCount).toBe(6);
    expect(d.stories.map((s) => s.outlets.length)).toEqual([3, 2, 1]);
    expect(d.stories[0]!.outlets).toEqual(['Alden Courier', 'Harbor Ledger', 'Wend Valley Times']);
    expect(d.moreStories).toBe(0);
    for (const s of d.stories) {
      expect(s.summary.length).toBeGreaterThanOrEqual(1);
      expect(s.summary.length).toBeLessThanOrEqual(2);
      for (const item of s.summary) {
        for (const c of item.citations) {
          expect(s.articleIds).toContain(c.articleId);
          const article = (await t.store.get(c.articleId))!;
          expect(article.text.slice(c.start, c.end)).toBe(c.text);
          expect(s.sources.map((src) => src.n)).toContain(c.source);
        }
      }
    }
  });

  it('keeps to the number of stories asked for and counts the rest', async () => {
    const d = await buildDigest(ctx(), { date: '2026-03-28', timeZone: 'UTC', stories: 1 });
    expect(d.stories).toHaveLength(1);
    expect(d.moreStories).toBe(2);
  });

  it('counts an undated article on the local day it was ingested, and a timed one on its local day', async () => {
    const f = FIXTURE_ARTICLES.find((a) => a.id === 'fx-nurses')!;
    t.clock.set('2026-03-30T23:30:00Z'); // 31 March in Tokyo
    await saveFixture(t.store, { ...f, date: null });
    const g = FIXTURE_ARTICLES.find((a) => a.id === 'fx-otherbridge')!;
    await saveFixture(t.store, { ...g, date: '2026-03-30T20:00:00Z' }); // 31 March 05:00 in Tokyo
    const tokyo = await buildDigest(ctx(), { date: '2026-03-31', timeZone: 'Asia/Tokyo', stories: 5 });
    expect(tokyo.stories.map((s) => s.label).sort()).toEqual([f.title, g.title].sort());
    const utc = await buildDigest(ctx(), { date: '2026-03-30', timeZone: 'UTC', stories: 5 });
    expect(utc.stories.map((s) => s.label).sort()).toEqual([f.title, g.title].sort());
    expect((await buildDigest(ctx(), { date: '2026-03-31', timeZone: 'UTC', stories: 5 })).stories).toEqual(
      [],
    );
  });

  it('shows a server’s own articles only in that server’s digest', async () => {
    const f = FIXTURE_ARTICLES.find((a) => a.id === 'fx-drought-1')!;
    await saveFixture(t.store, { ...f, date: '2026-03-28' }, { scope: '555555' });
    const mine = await buildDigest(ctx(), {
      date: '2026-03-28',
      timeZone: 'UTC',
      guild: '555555',
      stories: 10,
    });
    const other = await buildDigest(ctx(), {
      date: '2026-03-28',
      timeZone: 'UTC',
      guild: '666666',
      stories: 10,
    });
    expect(mine.stories.some((s) => s.label.includes('Valdora'))).toBe(true);
    expect(other.stories.some((s) => s.label.includes('Valdora'))).toBe(false);
    expect(other.articleCount).toBe(6);
  });
});
