import { beforeAll, describe, expect, it } from 'vitest';
import { forEachBackend, type ContractStore, type OpenOptions, type StoreBackend } from './backends.js';
import { BRIDGE_TEXT, draft, FESTIVAL_TEXT, SCHOOL_TEXT } from './fixtures.js';

async function seeded(b: StoreBackend, options: OpenOptions = {}): Promise<ContractStore> {
  const ctx = await b.open(options);
  const { store } = ctx;
  await store.save(
    draft({
      text: BRIDGE_TEXT,
      title: 'Millbrook Bridge to close for eleven weeks',
      outlet: 'Harbor Herald',
      publishedAt: '2024-03-03',
    }),
    { scope: 'global' },
  );
  await store.save(
    draft({
      text: SCHOOL_TEXT,
      title: 'Riverside extends the school day',
      outlet: 'Riverside Post',
      publishedAt: '2023-05-09',
    }),
    { scope: 'global' },
  );
  await store.save(
    draft({
      text: FESTIVAL_TEXT,
      title: 'Lantern festival draws record crowd',
      outlet: 'Northgate Times',
      publishedAt: '2022-07-21',
    }),
    { scope: 'global' },
  );
  return ctx;
}

const HOSTILE = [
  '',
  '   ',
  '"',
  '""',
  '"""',
  '"unbalanced quote',
  'bridge"',
  '"bridge',
  '*',
  '**',
  'bridge*',
  '*bridge',
  'br*dge',
  '-',
  '-bridge',
  'bridge -school',
  ':',
  'title:bridge',
  'text:',
  '(',
  ')',
  '(bridge',
  'bridge)',
  '((bridge OR school))',
  'NEAR',
  'NEAR(bridge school)',
  'NEAR(bridge school, 2)',
  'bridge NEAR/3 school',
  'AND',
  'OR',
  'NOT',
  'bridge AND',
  'OR school',
  'NOT bridge',
  'bridge NOT school',
  'AND OR NOT',
  '^bridge',
  '+bridge',
  'bridge + school',
  '{title text}: bridge',
  '[bridge]',
  "'",
  "bridge's",
  "'bridge'",
  '\\',
  '\\"bridge\\"',
  '%',
  '_',
  ';',
  "'; DROP TABLE articles; --",
  '"; DELETE FROM articles_fts; --',
  '🙂',
  '🌉 bridge 🌉',
  '👩‍👩‍👧',
  '\u0000',
  'bridge\u0000school',
  '\n\t\r',
  '...',
  '!!!???',
  '#$%&',
  'ünïcödé',
  'Straße',
  '日本語',
  'مرحبا',
  '\u202Ebridge',
  'a'.repeat(5000),
  'bridge '.repeat(200),
  '"'.repeat(101),
  '*'.repeat(50),
  'rank:bridge',
  'rowid:1',
  'MATCH',
  'bm25()',
  'x" OR "1"="1',
  'bridge*"*',
  '"bridge*"',
  '"bridge school"*',
];

forEachBackend((b) => {
  describe('search', () => {
    describe('with hostile input', () => {
      let seededStore: ContractStore;
      beforeAll(async () => {
        seededStore = await seeded(b, { shared: true });
      });
      it.each(HOSTILE.map((q) => [JSON.stringify(q).slice(0, 40), q]))(
        'never throws for %s',
        async (_label, q) => {
          const hits = await seededStore.store.search({ text: q });
          expect(Array.isArray(hits)).toBe(true);
        },
      );
    });

    it('still finds the words inside hostile syntax', async () => {
      const { store } = await seeded(b);
      for (const q of [
        '(bridge',
        'NEAR(bridge)',
        '"bridge',
        'bridge"',
        '-bridge',
        'title:bridge',
        '🌉 bridge 🌉',
      ]) {
        expect(
          (await store.search({ text: q })).map((h) => h.article.outlet),
          q,
        ).toEqual(['Harbor Herald']);
      }
    });

    it('returns nothing for a query without words', async () => {
      const { store } = await seeded(b);
      expect(await store.search({ text: '!!! ??? 🙂' })).toEqual([]);
    });

    it('requires all words, falling back to any word when all together match nothing', async () => {
      const { store } = await seeded(b);
      expect((await store.search({ text: 'bridge corrosion' })).map((h) => h.article.outlet)).toEqual([
        'Harbor Herald',
      ]);
      const any = (await store.search({ text: 'bridge lanterns' })).map((h) => h.article.outlet).sort();
      expect(any).toEqual(['Harbor Herald', 'Northgate Times']);
    });

    it('matches a quoted phrase only in that order', async () => {
      const { store } = await seeded(b);
      expect((await store.search({ text: '"chief engineer"' })).map((h) => h.article.outlet)).toEqual([
        'Harbor Herald',
      ]);
      expect(await store.search({ text: '"engineer chief"' })).toEqual([]);
    });

    it('matches hyphenated and dotted words as the sequence they are', async () => {
      const { store } = await seeded(b);
      expect((await store.search({ text: 'twelve-metre' })).map((h) => h.article.outlet)).toEqual([
        'Northgate Times',
      ]);
      expect((await store.search({ text: '48,000' })).map((h) => h.article.outlet)).toEqual([
        'Harbor Herald',
      ]);
    });

    it('matches word beginnings with a trailing star', async () => {
      const { store } = await seeded(b);
      expect((await store.search({ text: 'lantern' })).map((h) => h.article.outlet)).toEqual([
        'Northgate Times',
      ]);
      expect((await store.search({ text: 'lant*' })).map((h) => h.article.outlet)).toEqual([
        'Northgate Times',
      ]);
      expect(await store.search({ text: 'lant' })).toEqual([]);
    });

    it('ignores case and diacritics', async () => {
      const { store } = await seeded(b);
      expect((await store.search({ text: 'MÍLLBROOK' })).map((h) => h.article.outlet)).toEqual([
        'Harbor Herald',
      ]);
    });

    it('drops stop words when other words remain, but searches them when alone', async () => {
      const { store } = await seeded(b);
      expect((await store.search({ text: 'what about the ferry' })).map((h) => h.article.outlet)).toEqual([
        'Harbor Herald',
      ]);
      expect(await store.search({ text: 'the' })).toHaveLength(3);
    });

    it('filters by date range, outlet and limit', async () => {
      const { store } = await seeded(b);
      const outlets = async (q: object) =>
        (await store.search({ text: 'said', ...q })).map((h) => h.article.outlet).sort();
      expect(await outlets({})).toEqual(['Harbor Herald', 'Northgate Times', 'Riverside Post']);
      expect(await outlets({ since: '2023-01-01' })).toEqual(['Harbor Herald', 'Riverside Post']);
      expect(await outlets({ until: '2023-05-09' })).toEqual(['Northgate Times', 'Riverside Post']);
      expect(await outlets({ since: '2023-05-10', until: '2024-03-02' })).toEqual([]);
      expect(await outlets({ outlet: 'RIVERSIDE POST' })).toEqual(['Riverside Post']);
      expect(await store.search({ text: 'said', limit: 1 })).toHaveLength(1);
    });

    it('ranks a headline match above a body-only match', async () => {
      const { store } = await b.open();
      const body = `${SCHOOL_TEXT}\n\nThe board also discussed a bridge for the new sports field.`;
      await store.save(draft({ text: body, title: 'School board meets', publishedAt: '2024-05-01' }), {
        scope: 'global',
      });
      await store.save(
        draft({
          text: FESTIVAL_TEXT.replace('canal,', 'canal and the old bridge,'),
          title: 'A bridge of lanterns',
          publishedAt: '2024-05-01',
        }),
        { scope: 'global' },
      );
      expect((await store.search({ text: 'bridge' })).map((h) => h.article.title)).toEqual([
        'A bridge of lanterns',
        'School board meets',
      ]);
    });

    it('ranks the newer of two equally relevant articles first', async () => {
      const { store } = await b.open();
      // Three different texts of equal length (not near-duplicates) that mention the fair alike.
      const text = (n: number) =>
        `The harvest fair opened on Saturday.\n\n${Array.from({ length: 60 }, (_, j) => `w${n}x${j}`).join(' ')}`;
      await store.save(draft({ text: text(1), title: 'Town news', publishedAt: '2019-09-01' }), {
        scope: 'global',
      });
      await store.save(draft({ text: text(2), title: 'Town news', publishedAt: '2024-05-20' }), {
        scope: 'global',
      });
      await store.save(draft({ text: text(3), title: 'Town news', publishedAt: '2022-01-01' }), {
        scope: 'global',
      });
      const hits = await store.search({ text: 'harvest fair' });
      expect(hits.map((h) => h.article.publishedAt)).toEqual(['2024-05-20', '2022-01-01', '2019-09-01']);
      expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    });

    it('returns a snippet with the matched words in bold and the matching paragraphs best first', async () => {
      const { store } = await seeded(b);
      const [hit] = await store.search({ text: 'ferry rush' });
      expect(hit).toBeDefined();
      const text = hit!.article.text;
      expect(hit!.snippet).toContain('**ferry**');
      expect(hit!.snippet).toContain('**rush**');
      expect(hit!.snippet.length).toBeLessThanOrEqual(240);
      expect(hit!.passages).toHaveLength(1);
      expect(text.slice(hit!.passages[0]!.start, hit!.passages[0]!.end)).toBe(BRIDGE_TEXT.split('\n\n')[3]);
    });

    it('gives passages and snippets exact UTF-16 offsets in text with emoji and combining marks', async () => {
      const { store } = await b.open();
      const paragraphs = [
        'Harbor City 🎉🎉 — the cafe\u0301 on the pier 👩‍👩‍👧 reopened on Monday, its owner Zoë Marchetti said.',
        'The harbour ferry 🚢 runs late tonight, and the night ferry is already full 🙂.',
        'Nothing else of note 𝔞𝔟𝔠 happened.',
      ];
      const text = paragraphs.join('\n\n');
      await store.save(draft({ text, title: 'Pier café reopens' }), { scope: 'global' });
      const [ferry] = await store.search({ text: 'ferry' });
      expect(ferry!.passages.map((p) => text.slice(p.start, p.end))).toEqual([paragraphs[1]]);
      expect(ferry!.snippet).toBe(
        'The harbour **ferry** 🚢 runs late tonight, and the night **ferry** is already full 🙂.',
      );
      // A precomposed accent finds the combining one, and the other way round; the span stays exact.
      for (const q of ['café', 'cafe\u0301', 'CAFE', 'zoe', 'Zoë']) {
        const [hit] = await store.search({ text: q });
        expect(
          hit?.passages.map((p) => text.slice(p.start, p.end)),
          q,
        ).toEqual([paragraphs[0]]);
      }
      const any = await store.search({ text: 'marchetti happened' });
      expect(any[0]!.passages.map((p) => [p.start, p.end])).toEqual([
        [0, paragraphs[0]!.length],
        [text.length - paragraphs[2]!.length, text.length],
      ]);
    });

    it('orders passages by how many different query words they hold', async () => {
      const { store } = await seeded(b);
      const [hit] = await store.search({ text: 'bridge closure' });
      const paras = hit!.passages.map((p) => hit!.article.text.slice(p.start, p.end));
      expect(paras[0]).toContain('closure');
      expect(paras[0]).toMatch(/bridge/i);
      expect(paras.every((p) => /bridge|closure/i.test(p))).toBe(true);
      expect(paras).toHaveLength(6);
    });

    it('ranks only the newest candidates for very common words, widening the window when filters need it', async () => {
      const tiny = { commonShare: 0, commonMin: 2, window: 1 };
      const { store: windowed } = await b.open({ tuning: tiny });
      const { store: full } = await b.open();
      for (const store of [windowed, full]) {
        // Ingested oldest-published last, so ingest order and publication order disagree.
        for (let i = 0; i < 6; i++) {
          const text = `Council meeting number ${i} took place on Monday.\n\nMembers said the meeting was long.`;
          await store.save(
            draft({
              text,
              title: `Meeting ${i}`,
              publishedAt: `2024-01-0${6 - i}`,
              outlet: i === 0 ? 'First' : 'Other',
            }),
            { scope: 'global' },
          );
        }
      }
      expect((await full.search({ text: 'meeting', limit: 1 })).map((h) => h.article.title)).toEqual([
        'Meeting 0',
      ]);
      expect((await windowed.search({ text: 'meeting', limit: 1 })).map((h) => h.article.title)).toEqual([
        'Meeting 5',
      ]);
      expect(
        (await windowed.search({ text: 'meeting', outlet: 'First' })).map((h) => h.article.title),
      ).toEqual(['Meeting 0']);
      expect(await windowed.search({ text: 'meeting members' })).toHaveLength(6);
    });

    it('lets recency reorder only the most relevant matches, and ranks all when filters leave too few', async () => {
      const { store } = await b.open({
        tuning: { commonShare: 1, commonMin: 1_000, window: 1_000, topK: 3 },
      });
      const filler = (i: number) => Array.from({ length: 40 }, (_, j) => `f${i}x${j}`).join(' ');
      const save = (i: number, times: number, day: string, outlet: string) =>
        store.save(
          draft({
            text: `${'The harvest fair. '.repeat(times)}\n\n${filler(i)}`,
            title: `Fair ${i}`,
            publishedAt: day,
            outlet,
          }),
          { scope: 'global' },
        );
      await save(1, 3, '2016-01-01', 'Usual');
      await save(2, 3, '2020-01-01', 'Usual');
      await save(3, 3, '2018-01-01', 'Usual');
      await save(4, 1, '2024-05-30', 'Usual');
      await save(5, 1, '2024-05-31', 'Rare');
      const titles = async (q: object) =>
        (await store.search({ text: 'harvest', ...q })).map((h) => h.article.title);
      expect(await titles({ limit: 3 })).toEqual(['Fair 2', 'Fair 3', 'Fair 1']);
      expect(await titles({ limit: 2, outlet: 'rare' })).toEqual(['Fair 5']);
      expect(await titles({ limit: 5 })).toHaveLength(5);
    });
  });
});
