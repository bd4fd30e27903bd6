import { describe, expect, it } from 'vitest';
import type { ArticleStore } from '../../src/store/article-store.js';
import { forEachBackend } from './backends.js';
import { BRIDGE_TEXT, draft, FESTIVAL_TEXT, SCHOOL_TEXT } from './fixtures.js';

// saveMany writes the full-text index once per batch (SQLite: after the per-article savepoints).
const titles = async (store: ArticleStore, text: string) =>
  (await store.search({ text })).map((h) => h.article.title).sort();

forEachBackend((b) => {
  describe('the full-text index after a batch', () => {
    it('finds every article of the batch by its words', async () => {
      const { store } = await b.open();
      await store.saveMany(
        [
          draft({ text: BRIDGE_TEXT, title: 'Bridge' }),
          draft({ text: SCHOOL_TEXT, title: 'School' }),
          draft({ text: FESTIVAL_TEXT, title: 'Lanterns' }),
        ],
        { scope: 'global' },
      );
      expect(await titles(store, 'bridge')).toEqual(['Bridge']);
      expect(await titles(store, 'school')).toEqual(['School']);
      expect(await titles(store, 'lanterns')).toEqual(['Lanterns']);
    });

    it('indexes an article changed twice within one batch as last saved, once', async () => {
      const s = await b.open();
      const { store } = s;
      const url = 'https://herald.example/news/bridge';
      const results = await store.saveMany(
        [
          draft({ text: BRIDGE_TEXT, title: 'Bridge shuts', url }),
          draft({ text: BRIDGE_TEXT, title: 'Bridge reopens early', url }),
          draft({ text: BRIDGE_TEXT, title: 'Bridge ferry replaces', url }),
        ],
        { scope: 'global' },
      );
      expect(results.map((r) => (r.ok ? r.result.status : 'failed'))).toEqual([
        'added',
        'updated',
        'updated',
      ]);
      expect(await titles(store, 'ferry replaces')).toEqual(['Bridge ferry replaces']);
      expect(await titles(store, 'reopens')).toEqual([]);
      expect(await titles(store, 'shuts')).toEqual([]);
      expect(await s.indexedMatches('bridge')).toBe(1);
    });

    it('drops the old words of an article stored before the batch and updated in it', async () => {
      const { store } = await b.open();
      const url = 'https://herald.example/news/bridge';
      await store.save(draft({ text: BRIDGE_TEXT, title: 'Bridge shuts', url }), { scope: 'global' });
      await store.saveMany(
        [
          draft({ text: SCHOOL_TEXT, title: 'School' }),
          draft({ text: BRIDGE_TEXT, title: 'Bridge reopens early', url }),
        ],
        {
          scope: 'global',
        },
      );
      expect(await titles(store, 'shuts')).toEqual([]);
      expect(await titles(store, 'reopens')).toEqual(['Bridge reopens early']);
    });

    it('leaves nothing in the index for a draft that failed within the batch', async () => {
      const s = await b.open();
      const { store } = s;
      await s.failBands('bad row', 'School');
      const results = await store.saveMany(
        [draft({ text: SCHOOL_TEXT, title: 'School' }), draft({ text: FESTIVAL_TEXT, title: 'Lanterns' })],
        {
          scope: 'global',
        },
      );
      expect(results.map((r) => r.ok)).toEqual([false, true]);
      expect(await titles(store, 'school')).toEqual([]);
      expect(await s.bodies()).toBe(1);
      expect(await s.indexedMatches('school')).toBe(0);
      expect(await titles(store, 'lanterns')).toEqual(['Lanterns']);
    });
  });
});
