import { describe, expect, it } from 'vitest';
import { forEachBackend, type StoreBackend } from './backends.js';
import { BRIDGE_TEXT, draft, FESTIVAL_TEXT, lightlyEdited, SCHOOL_TEXT } from './fixtures.js';

async function seeded(backend: StoreBackend) {
  const ctx = await backend.open();
  const { store } = ctx;
  const global = await store.save(
    draft({ text: BRIDGE_TEXT, title: 'Bridge', outlet: 'Harbor Herald', externalId: 'x-1' }),
    { scope: 'global' },
  );
  const a = await store.save(
    draft({ text: SCHOOL_TEXT, title: 'School', outlet: 'Riverside Post', externalId: 'x-1' }),
    { scope: '111' },
  );
  const b = await store.save(draft({ text: FESTIVAL_TEXT, title: 'Festival', outlet: 'Northgate Times' }), {
    scope: '222',
  });
  return { ...ctx, ids: { global: global.id, a: a.id, b: b.id } };
}

forEachBackend((b) => {
  describe('scope isolation', () => {
    it("shows a guild its own articles plus the global ones, never another guild's", async () => {
      const { store, ids } = await seeded(b);
      const titles = async (guild?: string) => (await store.list({ guild })).map((x) => x.title).sort();
      expect(await titles()).toEqual(['Bridge']);
      expect(await titles('111')).toEqual(['Bridge', 'School']);
      expect(await titles('222')).toEqual(['Bridge', 'Festival']);
      expect(await store.get(ids.a, { guild: '222' })).toBeNull();
      expect(await store.get(ids.a)).toBeNull();
      expect((await store.get(ids.a, { guild: '111' }))?.title).toBe('School');
      expect(await store.getMany([ids.a, ids.b, ids.global], { guild: '111' })).toHaveLength(2);
    });

    it('searches only visible articles', async () => {
      const { store } = await seeded(b);
      expect(await store.search({ text: 'festival' })).toEqual([]);
      expect(await store.search({ text: 'festival', guild: '111' })).toEqual([]);
      expect((await store.search({ text: 'festival', guild: '222' })).map((h) => h.article.title)).toEqual([
        'Festival',
      ]);
    });

    it("resolves an external id to the guild's own article first", async () => {
      const { store } = await seeded(b);
      expect((await store.get('x-1'))?.title).toBe('Bridge');
      expect((await store.get('x-1', { guild: '111' }))?.title).toBe('School');
      expect((await store.get('x-1', { guild: '222' }))?.title).toBe('Bridge');
    });

    it('lists outlets and stats per scope', async () => {
      const { store } = await seeded(b);
      expect(await store.outlets({ guild: '111' })).toEqual(['Harbor Herald', 'Riverside Post']);
      expect(await store.outlets({ guild: '111' }, 'ri')).toEqual(['Riverside Post']);
      expect(await store.outlets({ guild: '111' }, '%')).toEqual([]);
      expect(await store.outlets({ guild: '111' }, '', 1)).toEqual(['Harbor Herald']);
      const stats = await store.stats({ guild: '222' });
      expect(stats).toEqual({
        articles: 2,
        duplicates: 0,
        examples: 0,
        outlets: 2,
        scopes: 2,
        oldest: '2024-03-03',
        newest: '2024-03-03',
        bytes: expect.any(Number),
      });
      expect(stats.bytes).toBeGreaterThan(0);
    });

    it("does not let one guild remove another guild's article", async () => {
      const { store, ids } = await seeded(b);
      expect(await store.remove(ids.b, { guild: '111' })).toBe(false);
      expect(await store.get(ids.b, { guild: '222' })).not.toBeNull();
    });
  });

  describe('removing articles', () => {
    it('removes one article from storage and search', async () => {
      const { store, ids } = await seeded(b);
      expect(await store.remove(ids.global)).toBe(true);
      expect(await store.get(ids.global)).toBeNull();
      expect(await store.getRaw(ids.global)).toBeNull();
      expect(await store.search({ text: 'Millbrook' })).toEqual([]);
      expect(await store.remove(ids.global)).toBe(false);
    });

    it('removes by external id within the scope', async () => {
      const { store } = await seeded(b);
      expect(await store.remove('x-1', { guild: '111' })).toBe(true);
      expect((await store.list({ guild: '111' })).map((a) => a.title)).toEqual(['Bridge']);
    });

    it('removes only the sample articles', async () => {
      const { store } = await b.open();
      await store.save(draft({ text: BRIDGE_TEXT, title: 'Sample' }), { scope: 'global', isExample: true });
      await store.save(draft({ text: SCHOOL_TEXT, title: 'Sample 2' }), { scope: 'global', isExample: true });
      await store.save(draft({ text: FESTIVAL_TEXT, title: 'Real' }), { scope: 'global' });
      expect((await store.stats()).examples).toBe(2);
      expect(await store.removeExamples()).toBe(2);
      expect((await store.list({})).map((a) => a.title)).toEqual(['Real']);
      expect(await store.removeExamples()).toBe(0);
    });

    it('removes every article of a guild and nothing else', async () => {
      const { store } = await seeded(b);
      await store.save(
        draft({ text: `${SCHOOL_TEXT}\n\nMore.`, title: 'School 2', url: 'https://x.example/2' }),
        { scope: '111' },
      );
      expect(await store.removeScope('111')).toBe(2);
      expect((await store.list({ guild: '111' })).map((a) => a.title)).toEqual(['Bridge']);
      expect((await store.list({ guild: '222' })).map((a) => a.title).sort()).toEqual(['Bridge', 'Festival']);
      await expect(store.removeScope('global')).rejects.toMatchObject({ name: 'UserError' });
    });

    it('promotes a duplicate to original when the original is removed', async () => {
      const { store } = await b.open();
      const original = await store.save(
        draft({ text: BRIDGE_TEXT, title: 'Original', url: 'https://a.example/1' }),
        { scope: 'global' },
      );
      const copy = await store.save(draft({ text: BRIDGE_TEXT, title: 'Copy', url: 'https://b.example/1' }), {
        scope: 'global',
      });
      const edited = await store.save(
        draft({ text: lightlyEdited(BRIDGE_TEXT), title: 'Edited', url: 'https://c.example/1' }),
        { scope: 'global' },
      );
      expect([copy.duplicateOf, edited.duplicateOf]).toEqual([original.id, original.id]);
      await store.remove(original.id);
      expect((await store.get(copy.id))?.duplicateOf).toBeNull();
      expect((await store.get(edited.id))?.duplicateOf).toBe(copy.id);
      expect((await store.search({ text: 'Millbrook' })).map((h) => h.article.title)).toEqual(['Copy']);
      // The promoted copy is now the one new copies are matched against.
      const later = await store.save(
        draft({ text: BRIDGE_TEXT, title: 'Later', url: 'https://d.example/1' }),
        {
          scope: 'global',
        },
      );
      expect(later.duplicateOf).toBe(copy.id);
    });
  });

  describe('listing', () => {
    it('lists newest first with date, outlet, limit and offset filters', async () => {
      const { store } = await b.open();
      const dates = ['2023-01-05', '2024-02-10', '2022-07-30', null];
      const texts = [
        BRIDGE_TEXT,
        SCHOOL_TEXT,
        FESTIVAL_TEXT,
        `${BRIDGE_TEXT.slice(0, 300)} Unrelated ending.`,
      ];
      for (let i = 0; i < 4; i++) {
        await store.save(
          draft({
            text: texts[i]!,
            title: `T${i}`,
            publishedAt: dates[i]!,
            outlet: i % 2 ? 'Odd Outlet' : 'Even Outlet',
            url: `https://x.example/${i}`,
          }),
          {
            scope: 'global',
            now: `2024-05-0${i + 1}T00:00:00.000Z`,
          },
        );
      }
      const titles = async (q: object) => (await store.list(q)).map((a) => a.title);
      // T3 has no publication date: it sorts by its ingest day (2024-05-04).
      expect(await titles({})).toEqual(['T3', 'T1', 'T0', 'T2']);
      expect(await titles({ since: '2023-01-05', until: '2024-02-10' })).toEqual(['T1', 'T0']);
      expect(await titles({ outlet: 'odd outlet' })).toEqual(['T3', 'T1']);
      expect(await titles({ limit: 2, offset: 1 })).toEqual(['T1', 'T0']);
      await expect(store.list({ since: 'last tuesday' })).rejects.toMatchObject({ name: 'UserError' });
    });
  });
});
