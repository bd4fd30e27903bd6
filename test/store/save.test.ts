import { describe, expect, it } from 'vitest';
import { articleIdFor } from '../../src/articles/identity.js';
import { forEachBackend, NOW } from './backends.js';
import { BRIDGE_TEXT, draft, FESTIVAL_TEXT, lightlyEdited, SCHOOL_TEXT } from './fixtures.js';

const bridge = draft({
  text: BRIDGE_TEXT,
  title: 'Millbrook Bridge to close for eleven weeks',
  url: 'https://herald.example/news/bridge',
});
const school = draft({
  text: SCHOOL_TEXT,
  title: 'School day to grow by thirty minutes',
  externalId: 'rs-101',
});

forEachBackend((b) => {
  describe('saving articles', () => {
    it('adds a new article with every field, its id from the canonical URL', async () => {
      const { store } = await b.open();
      const result = await store.save(bridge, { scope: 'global' });
      expect(result).toEqual({ status: 'added', id: articleIdFor(bridge) });
      const a = await store.get(result.id);
      expect(a).toEqual({
        id: result.id,
        externalId: null,
        url: 'https://herald.example/news/bridge',
        canonicalUrl: null,
        title: 'Millbrook Bridge to close for eleven weeks',
        outlet: 'Harbor Herald',
        byline: null,
        publishedAt: '2024-03-03',
        publishedAtSource: 'metadata',
        ingestedAt: NOW,
        language: 'en',
        text: BRIDGE_TEXT,
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        scope: 'global',
        duplicateOf: null,
        isExample: false,
      });
      expect(await store.getRaw(result.id)).toEqual({
        kind: 'text',
        source: 'fixture.txt',
        content: BRIDGE_TEXT,
      });
    });

    it('reports unchanged when the same article is saved again, even through a tracking link', async () => {
      const { store } = await b.open();
      const first = await store.save(bridge, { scope: 'global' });
      const again = await store.save(
        { ...bridge, url: 'https://HERALD.example/news/bridge/?utm_source=feed#top' },
        { scope: 'global' },
      );
      expect(again).toEqual({ status: 'unchanged', id: first.id });
      expect(await store.version()).toBe(1);
    });

    it('is idempotent for a whole batch', async () => {
      const { store } = await b.open();
      const batch = [bridge, school, draft({ text: FESTIVAL_TEXT, title: 'Lanterns' })];
      const first = [];
      for (const d of batch) first.push(await store.save(d, { scope: 'global' }));
      const second = [];
      for (const d of batch) second.push(await store.save(d, { scope: 'global' }));
      expect(first.map((r) => r.status)).toEqual(['added', 'added', 'added']);
      expect(second).toEqual(first.map((r) => ({ status: 'unchanged', id: r.id })));
      expect((await store.stats()).articles).toBe(3);
    });

    it('updates the text under the same id and re-indexes it', async () => {
      const { store } = await b.open();
      const { id } = await store.save(bridge, { scope: 'global' });
      const corrected = BRIDGE_TEXT.replace('Castellan Works', 'Brightwater Engineering');
      const result = await store.save(
        { ...bridge, text: corrected },
        { scope: 'global', now: '2025-01-01T00:00:00.000Z' },
      );
      expect(result).toEqual({ status: 'updated', id });
      const a = await store.get(id);
      expect(a?.text).toBe(corrected);
      expect(a?.ingestedAt).toBe(NOW);
      expect(await store.search({ text: 'Castellan' })).toEqual([]);
      expect((await store.search({ text: 'Brightwater' })).map((h) => h.article.id)).toEqual([id]);
    });

    it('updates an article found by its external id within the scope', async () => {
      const { store } = await b.open();
      const { id } = await store.save(school, { scope: 'global' });
      const result = await store.save(
        {
          ...school,
          title: 'School day extended',
          text: `${SCHOOL_TEXT}\n\nThe vote followed a four-hour debate.`,
        },
        { scope: 'global' },
      );
      expect(result).toEqual({ status: 'updated', id });
      expect((await store.get('rs-101'))?.title).toBe('School day extended');
    });

    it('updates the metadata when only the headline changed', async () => {
      const { store } = await b.open();
      const { id } = await store.save(bridge, { scope: 'global' });
      expect(
        await store.save({ ...bridge, title: 'Millbrook Bridge closes in April' }, { scope: 'global' }),
      ).toEqual({ status: 'updated', id });
      expect((await store.search({ text: 'April closes' })).map((h) => h.article.title)).toEqual([
        'Millbrook Bridge closes in April',
      ]);
    });

    it('stores a syndicated copy under another URL as a duplicate of the first', async () => {
      const { store } = await b.open();
      const original = await store.save(bridge, { scope: 'global' });
      const copy = { ...bridge, url: 'https://wire.example/2024/bridge-closure', outlet: 'Coastal Wire' };
      const result = await store.save(copy, { scope: 'global' });
      expect(result).toEqual({ status: 'duplicate', id: articleIdFor(copy), duplicateOf: original.id });
      expect((await store.get(result.id))?.duplicateOf).toBe(original.id);
      const hits = await store.search({ text: 'Millbrook' });
      expect(hits.map((h) => h.article.id)).toEqual([original.id]);
      const all = await store.search({ text: 'Millbrook', includeDuplicates: true });
      expect(all.map((h) => h.article.id).sort()).toEqual([original.id, result.id].sort());
    });

    it('recognises a lightly edited copy as a near-duplicate', async () => {
      const { store } = await b.open();
      const original = await store.save(bridge, { scope: 'global' });
      const edited = draft({
        text: lightlyEdited(BRIDGE_TEXT),
        title: 'Bridge shuts for repairs',
        url: 'https://other.example/b',
      });
      expect(await store.save(edited, { scope: 'global' })).toEqual({
        status: 'duplicate',
        id: articleIdFor(edited),
        duplicateOf: original.id,
      });
    });

    it('recognises a copy without URL (content-hash id) as a duplicate', async () => {
      const { store } = await b.open();
      const original = await store.save(bridge, { scope: 'global' });
      const pasted = draft({ text: BRIDGE_TEXT, title: 'pasted' });
      const result = await store.save(pasted, { scope: 'global' });
      expect(result.status).toBe('duplicate');
      expect(result.duplicateOf).toBe(original.id);
      expect(await store.save(pasted, { scope: 'global' })).toEqual({
        status: 'unchanged',
        id: result.id,
        duplicateOf: original.id,
      });
    });

    it('keeps different stories as separate articles', async () => {
      const { store } = await b.open();
      await store.save(bridge, { scope: 'global' });
      expect((await store.save(school, { scope: 'global' })).status).toBe('added');
    });

    it('never lets a guild copy clobber the global article with the same text', async () => {
      const { store } = await b.open();
      const pasted = draft({ text: SCHOOL_TEXT, title: 'School' });
      const global = await store.save(pasted, { scope: 'global' });
      const guild = await store.save(pasted, { scope: '111' });
      expect(guild.id).not.toBe(global.id);
      expect(guild).toEqual({ status: 'duplicate', id: guild.id, duplicateOf: global.id });
      expect((await store.get(global.id))?.scope).toBe('global');
    });

    it("does not treat another guild's article as an original", async () => {
      const { store } = await b.open();
      const pasted = draft({ text: SCHOOL_TEXT, title: 'School' });
      await store.save(pasted, { scope: '111' });
      expect((await store.save(pasted, { scope: '222' })).status).toBe('added');
    });

    it('refuses a draft without text', async () => {
      const { store } = await b.open();
      await expect(store.save(draft({ text: '  \n ' }), { scope: 'global' })).rejects.toMatchObject({
        name: 'UserError',
      });
    });

    it('writes atomically: a failure half-way leaves no trace', async () => {
      const s = await b.open();
      const { store } = s;
      // Fail on the last write of a save (the band keys), after the article row and the index entry.
      await s.failBands('disk on fire');
      await expect(store.save(bridge, { scope: 'global' })).rejects.toThrow('disk on fire');
      expect(await store.get(articleIdFor(bridge))).toBeNull();
      expect(await store.list({})).toEqual([]);
      expect(await store.search({ text: 'Millbrook' })).toEqual([]);
      expect(await store.version()).toBe(0);
      expect(await s.bodies()).toBe(0);
    });

    it('increments the version on every add, update, duplicate and removal, not on unchanged', async () => {
      const { store } = await b.open();
      expect(await store.version()).toBe(0);
      await store.save(bridge, { scope: 'global' });
      await store.save(bridge, { scope: 'global' });
      expect(await store.version()).toBe(1);
      await store.save({ ...bridge, title: 'New headline' }, { scope: 'global' });
      expect(await store.version()).toBe(2);
      await store.save({ ...bridge, url: 'https://copy.example/x' }, { scope: 'global' });
      expect(await store.version()).toBe(3);
      await store.remove(articleIdFor(bridge));
      expect(await store.version()).toBe(4);
      expect(await store.remove('no-such-id')).toBe(false);
      expect(await store.version()).toBe(4);
    });
  });

  describe('saving a batch', () => {
    it('stores each draft with its own status, in order, deduplicating within the batch', async () => {
      const { store } = await b.open();
      const results = await store.saveMany(
        [bridge, school, { ...bridge, url: 'https://copy.example/bridge' }, bridge],
        { scope: 'global' },
      );
      expect(results.map((r) => (r.ok ? r.result.status : 'failed'))).toEqual([
        'added',
        'added',
        'duplicate',
        'unchanged',
      ]);
      expect(await store.version()).toBe(3);
    });

    it('decides drafts against stored articles as saving them one by one would', async () => {
      const { store } = await b.open();
      const original = await store.save(bridge, { scope: 'global' });
      const lanterns = await store.save(draft({ text: FESTIVAL_TEXT, title: 'Lanterns' }), {
        scope: 'global',
      });
      // Another guild's near-copy of the school story: neither its text nor its band keys count.
      await store.save(draft({ text: lightlyEdited(SCHOOL_TEXT), title: 'School' }), { scope: '111' });
      const edited = draft({
        text: lightlyEdited(BRIDGE_TEXT),
        title: 'Bridge shuts',
        url: 'https://b.example/1',
      });
      const copy = draft({
        text: FESTIVAL_TEXT,
        title: 'Lantern copy',
        url: 'https://wire.example/lanterns',
      });
      const pasted = draft({ text: SCHOOL_TEXT, title: 'School again', url: 'https://guild.example/school' });
      const results = await store.saveMany([edited, copy, pasted, bridge], { scope: '222' });
      expect(results.map((r) => (r.ok ? r.result : r.error))).toEqual([
        { status: 'duplicate', id: articleIdFor(edited, '222'), duplicateOf: original.id },
        { status: 'duplicate', id: articleIdFor(copy, '222'), duplicateOf: lanterns.id },
        { status: 'added', id: articleIdFor(pasted, '222') },
        { status: 'duplicate', id: articleIdFor(bridge, '222'), duplicateOf: original.id },
      ]);
      const again = await store.saveMany([edited, { ...pasted, title: 'School day grows' }], {
        scope: '222',
      });
      expect(again.map((r) => (r.ok ? r.result.status : 'failed'))).toEqual(['unchanged', 'updated']);
    });

    it('keeps the rest of the batch when one draft fails, leaving no trace of that one', async () => {
      const s = await b.open();
      const { store } = s;
      await s.failBodies('Riverside', 'bad row');
      const results = await store.saveMany(
        [bridge, school, draft({ text: '' }), draft({ text: FESTIVAL_TEXT, title: 'Lanterns' })],
        { scope: 'global' },
      );
      expect(results.map((r) => r.ok)).toEqual([true, false, false, true]);
      expect(String((results[1] as { error: unknown }).error)).toContain('bad row');
      expect((await store.list({})).map((a) => a.title).sort()).toEqual([
        'Lanterns',
        'Millbrook Bridge to close for eleven weeks',
      ]);
      expect(await s.bodies()).toBe(2);
      expect(await store.search({ text: 'Riverside' })).toEqual([]);
    });
  });

  describe('keeping the raw input', () => {
    it('returns long and short raw inputs exactly as received, storing the long one compressed', async () => {
      const s = await b.open();
      const { store } = s;
      const long = `<html><body>${BRIDGE_TEXT.repeat(2)}</body></html> ünïcødé ✓`;
      const a = await store.save(
        { ...bridge, raw: { kind: 'html', source: 'https://herald.example/news/bridge', content: long } },
        { scope: 'global' },
      );
      const b2 = await store.save(
        { ...school, raw: { kind: 'json', source: 'school.json', content: '{"id":"rs-101"}' } },
        { scope: 'global' },
      );
      expect(await store.getRaw(a.id)).toEqual({
        kind: 'html',
        source: 'https://herald.example/news/bridge',
        content: long,
      });
      expect(await store.getRaw(b2.id)).toEqual({
        kind: 'json',
        source: 'school.json',
        content: '{"id":"rs-101"}',
      });
      expect(await s.rawStoredBytes(a.id)).toBeLessThan(long.length / 2);
      expect(await s.rawStoredBytes(b2.id)).toBe('{"id":"rs-101"}'.length);
    });
  });
});
