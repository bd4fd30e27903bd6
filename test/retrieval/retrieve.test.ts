import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphSpans } from '../../src/articles/passages.js';
import { UserError } from '../../src/errors.js';
import { retrievePassages } from '../../src/retrieval/index.js';
import type { ArticleStore, UpsertResult } from '../../src/store/article-store.js';
import {
  DIGEST,
  LEDGER,
  LEDGER_COPY,
  RADIO,
  SPANISH,
  TIMES,
  UNRELATED,
  longArticle,
  toDraft,
} from '../fixtures/answers/harbor-bridge.js';
import { openTempStore, saveAll } from './temp-store.js';

let store: ArticleStore;
let close: () => Promise<void>;
let saved: Map<string, UpsertResult>;
const LONG = longArticle(400);
const idOf = (externalId: string): string => saved.get(externalId)!.id;

beforeAll(async () => {
  ({ store, close } = await openTempStore());
  saved = await saveAll(
    store,
    [LEDGER, TIMES, RADIO, LEDGER_COPY, DIGEST, UNRELATED, SPANISH, LONG].map(toDraft),
  );
  const guildOnly = {
    ...toDraft(UNRELATED),
    externalId: 'guild-garden',
    title: 'Guild-only bridge memo',
    url: 'https://news.example/guild',
    text: 'A private memo about the Harbor Bridge closure schedule was shared with the newsroom.',
  };
  for (const [k, v] of await saveAll(store, [guildOnly], 'guild-1')) saved.set(k, v);
});
afterAll(async () => close());

async function rejects(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('retrievePassages', () => {
  it('returns ranked paragraph passages from the articles that match, and none from unrelated ones', async () => {
    const r = await retrievePassages(store, { query: 'harbor bridge closure' }, { budgetChars: 100_000 });
    const ids = new Set(r.passages.map((p) => p.articleId));
    expect(ids.has(idOf('garden-1'))).toBe(false);
    expect(ids.has(idOf('ledger-1'))).toBe(true);
    for (const p of r.passages) {
      const text = r.articles.find((a) => a.id === p.articleId)!.text;
      expect(paragraphSpans(text)).toContainEqual({ start: p.start, end: p.end });
      expect(p.pinned).toBe(false);
    }
    const scores = r.passages.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.articles.map((a) => a.id)).toEqual([...new Set(r.passages.map((p) => p.articleId))]);
  });

  it('answers a pinned article in full even far beyond the budget', async () => {
    const r = await retrievePassages(
      store,
      { query: 'cable', articles: [LONG.externalId] },
      { budgetChars: 500 },
    );
    const pinned = r.passages.filter((p) => p.pinned);
    expect(pinned).toHaveLength(400);
    expect(pinned.every((p) => p.articleId === idOf(LONG.externalId))).toBe(true);
    expect(r.pinnedOverBudget).toBe(true);
    // Nothing unpinned fits in what is left of the budget.
    expect(r.passages).toHaveLength(400);
  });

  it('uses only the pinned articles when the query is empty or generic', async () => {
    for (const query of ['', 'summary', 'who said what']) {
      const r = await retrievePassages(store, { query, articles: ['times-1'] }, { budgetChars: 10 });
      expect(r.articles.map((a) => a.id)).toEqual([idOf('times-1')]);
      expect(r.passages).toHaveLength(TIMES.paragraphs.length);
    }
  });

  it('adds matching articles after the pinned ones when the query names a topic', async () => {
    const r = await retrievePassages(
      store,
      { query: 'ferry', articles: ['times-1'] },
      { budgetChars: 100_000 },
    );
    expect(r.articles[0]!.id).toBe(idOf('times-1'));
    expect(r.articles.map((a) => a.id)).toContain(idOf('radio-1'));
    expect(r.passages.slice(0, TIMES.paragraphs.length).every((p) => p.pinned)).toBe(true);
  });

  it('pins by id or external id, and rejects an unknown one', async () => {
    const byId = await retrievePassages(
      store,
      { query: '', articles: [idOf('radio-1')] },
      { budgetChars: 1000 },
    );
    expect(byId.articles.map((a) => a.externalId)).toEqual(['radio-1']);
    const err = await rejects(
      retrievePassages(store, { query: 'bridge', articles: ['radio-1', 'nope-42'] }, { budgetChars: 1000 }),
    );
    expect(err.message).toBe('No stored article with id "nope-42".');
    expect(err.code).toBe('not_found');
  });

  it('answers a pinned syndicated copy from the original it copies', async () => {
    expect(saved.get('ledger-copy')!.status).toBe('duplicate');
    const r = await retrievePassages(store, { query: '', articles: ['ledger-copy'] }, { budgetChars: 1000 });
    expect(r.articles.map((a) => a.id)).toEqual([idOf('ledger-1')]);
  });

  it('never returns an article marked duplicate, and collapses a paragraph repeated in two articles to the earliest', async () => {
    const r = await retrievePassages(
      store,
      { query: 'Harbor Bridge corroded suspension cables northern span' },
      { budgetChars: 100_000 },
    );
    expect(r.articles.some((a) => a.duplicateOf !== null)).toBe(false);
    const opening = LEDGER.paragraphs[0]!;
    const copies = r.passages.filter(
      (p) => r.articles.find((a) => a.id === p.articleId)!.text.slice(p.start, p.end) === opening,
    );
    expect(copies.map((p) => p.articleId)).toEqual([idOf('ledger-1')]);
  });

  it('keeps a repeated paragraph when both articles are pinned', async () => {
    const r = await retrievePassages(
      store,
      { query: '', articles: ['ledger-1', 'digest-1'] },
      { budgetChars: 100 },
    );
    expect(r.passages).toHaveLength(LEDGER.paragraphs.length + DIGEST.paragraphs.length);
  });

  it('applies date, outlet and guild filters', async () => {
    const since = await retrievePassages(
      store,
      { query: 'bridge', since: '2024-03-07' },
      { budgetChars: 100_000 },
    );
    expect(since.articles.every((a) => a.publishedAt! >= '2024-03-07')).toBe(true);
    expect(since.articles.map((a) => a.externalId)).toContain('radio-1');
    const until = await retrievePassages(
      store,
      { query: 'bridge', until: '2024-03-04' },
      { budgetChars: 100_000 },
    );
    expect(until.articles.map((a) => a.externalId)).toEqual(['ledger-1']);
    const outlet = await retrievePassages(
      store,
      { query: 'bridge', outlet: 'coastal times' },
      { budgetChars: 100_000 },
    );
    expect(outlet.articles.map((a) => a.externalId)).toEqual(['times-1']);
    const global = await retrievePassages(store, { query: 'private memo' }, { budgetChars: 100_000 }).catch(
      (e: unknown) => e,
    );
    expect(global).toBeInstanceOf(UserError);
    const guild = await retrievePassages(
      store,
      { query: 'private memo', guild: 'guild-1' },
      { budgetChars: 100_000 },
    );
    expect(guild.articles.map((a) => a.externalId)).toEqual(['guild-garden']);
    await rejects(
      retrievePassages(
        store,
        { query: '', articles: ['guild-garden'], guild: 'guild-2' },
        { budgetChars: 100 },
      ),
    );
  });

  it('answers over a story’s articles when a story is given', async () => {
    const stories = {
      get: async (story: string) =>
        story === 'bridge-2024'
          ? {
              articles: [idOf('times-1'), idOf('radio-1')],
              outlets: ['Times', 'Radio'],
              first: '2024-03-01',
              last: '2024-03-02',
            }
          : null,
    };
    const r = await retrievePassages(
      store,
      { query: 'summary', story: 'bridge-2024' },
      { budgetChars: 100_000, stories },
    );
    expect(new Set(r.articles.map((a) => a.externalId))).toEqual(new Set(['times-1', 'radio-1']));
    expect(
      (await rejects(retrievePassages(store, { query: '', story: 'nope' }, { budgetChars: 100, stories })))
        .message,
    ).toBe('No story with id "nope".');
    expect(
      (await rejects(retrievePassages(store, { query: '', story: 'bridge-2024' }, { budgetChars: 100 })))
        .code,
    ).toBe('bad_input');
  });

  it('keeps unpinned passages within the budget', async () => {
    const r = await retrievePassages(store, { query: 'bridge' }, { budgetChars: 600 });
    const used = r.passages.reduce((n, p) => n + p.end - p.start, 0);
    expect(used).toBeLessThanOrEqual(600);
    expect(r.passages.length).toBeGreaterThan(1);
  });

  it('still gives the best passage when it alone exceeds the budget', async () => {
    const r = await retrievePassages(store, { query: 'Northshore Steel contract' }, { budgetChars: 5 });
    expect(r.passages).toHaveLength(1);
    expect(r.articles[0]!.externalId).toBe('times-1');
  });

  it('says clearly when nothing matches', async () => {
    const err = await rejects(retrievePassages(store, { query: 'zebra migration' }, { budgetChars: 1000 }));
    expect(err.message).toBe('No stored articles match "zebra migration".');
    expect(err.code).toBe('not_found');
    const filtered = await rejects(
      retrievePassages(
        store,
        { query: 'bridge', since: '2025-01-01', outlet: 'Coastal Times' },
        { budgetChars: 1000 },
      ),
    );
    expect(filtered.message).toBe(
      'No stored articles match "bridge" (since 2025-01-01, from Coastal Times).',
    );
  });

  it('asks for something when the query is empty and nothing is pinned', async () => {
    for (const query of ['', '   ', '\u0000\n']) {
      const err = await rejects(retrievePassages(store, { query }, { budgetChars: 1000 }));
      expect(err.code).toBe('bad_input');
    }
  });

  it('rejects malformed or inverted dates as user errors', async () => {
    expect(
      (await rejects(retrievePassages(store, { query: 'bridge', since: 'yesterday' }, { budgetChars: 1 })))
        .code,
    ).toBe('bad_input');
    expect(
      (
        await rejects(
          retrievePassages(
            store,
            { query: 'bridge', since: '2024-03-09', until: '2024-03-01' },
            { budgetChars: 1 },
          ),
        )
      ).code,
    ).toBe('bad_input');
  });

  it.each(
    [
      '"',
      '*',
      '"bridge',
      'bridge*',
      '-bridge',
      'NEAR(bridge ferry)',
      'bridge AND OR NOT',
      ':',
      '(((',
      '🌉 bridge',
      "'); DROP TABLE articles;--",
      'x'.repeat(20_000),
      '\u202e bridge',
      'puente',
    ].map((q) => [q.slice(0, 30), q]),
  )('handles the hostile query %j without an internal error', async (_label, query) => {
    const out = await retrievePassages(store, { query }, { budgetChars: 2000 }).catch((e: unknown) => e);
    if (out instanceof Error) expect(out).toBeInstanceOf(UserError);
    else expect(Array.isArray((out as { passages: unknown[] }).passages)).toBe(true);
  });
});
