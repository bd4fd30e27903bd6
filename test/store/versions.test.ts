import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentenceDiff, spanFate, versionsSummary } from '../../src/articles/sentence-diff.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { openTempStore } from '../retrieval/temp-store.js';
import { draft } from './fixtures.js';

const URL = 'https://quay.test/pier';
const V1 = 'The pier will reopen on Monday. Divers checked it twice. The mayor thanked them.';
const V2 = 'The pier will reopen on Tuesday. Divers checked it twice. The mayor thanked them.';
const V3 = 'The pier will reopen on Wednesday. Divers checked it three times. The mayor thanked them.';

let store: ArticleStore;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ store, close } = await openTempStore());
});
afterAll(async () => close());

const save = (text: string, now: string, scope = 'global', title = 'Pier reopens') =>
  store.save(draft({ text, url: URL, canonicalUrl: URL, title }), { scope, now });

describe('article versions', () => {
  it('keeps each replaced text with its title, hash and the time it was replaced; unchanged saves keep nothing', async () => {
    const { id } = await save(V1, '2026-02-01T10:00:00.000Z', 'global', 'Pier to reopen');
    expect(await store.versions(id)).toEqual([]);
    expect((await save(V1, '2026-02-01T11:00:00.000Z', 'global', 'Pier to reopen')).status).toBe('unchanged');
    expect((await save(V2, '2026-02-02T09:00:00.000Z')).status).toBe('updated');
    expect((await save(V3, '2026-02-03T09:00:00.000Z')).status).toBe('updated');
    const versions = await store.versions(id);
    expect(versions.map((v) => [v.version, v.title, v.text, v.replacedAt])).toEqual([
      [1, 'Pier to reopen', V1, '2026-02-02T09:00:00.000Z'],
      [2, 'Pier reopens', V2, '2026-02-03T09:00:00.000Z'],
    ]);
    expect(versions[0]!.contentHash).not.toBe(versions[1]!.contentHash);
    expect(versionsSummary(versions, (await store.get(id))!.text)).toBe(
      'updated 2 times; last: 2 sentences changed',
    );
  });

  it('shows versions only within the scope and forgets them with the article', async () => {
    const { id } = await save(V1, '2026-02-01T10:00:00.000Z', 'guild-a');
    await save(V2, '2026-02-02T10:00:00.000Z', 'guild-a');
    expect(await store.versions(id, { guild: 'guild-b' })).toEqual([]);
    expect(await store.versions(id, { guild: 'guild-a' })).toHaveLength(1);
    expect(await store.remove(id, { guild: 'guild-a' })).toBe(true);
    expect(await store.versions(id, { guild: 'guild-a' })).toEqual([]);
  });
});

describe('sentenceDiff', () => {
  it('lists removed and added sentences; a rewritten sentence counts once', () => {
    expect(sentenceDiff(V2, `${V3} Ferries stop on Friday.`)).toEqual({
      removed: ['The pier will reopen on Tuesday.', 'Divers checked it twice.'],
      added: [
        'The pier will reopen on Wednesday.',
        'Divers checked it three times.',
        'Ferries stop on Friday.',
      ],
      changed: 3,
    });
    expect(sentenceDiff(V1, V1.replace(/ /g, '  '))).toEqual({ removed: [], added: [], changed: 0 });
    expect(versionsSummary([{ text: V1 }], V2)).toBe('updated 1 time; last: 1 sentence changed');
    expect(versionsSummary([], V2)).toBeNull();
  });
});

describe('spanFate', () => {
  const span = (text: string, words: string) => ({
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
  });

  it('gives the sentence that replaced a rewritten one, exactly as stored in the new text', () => {
    const fate = spanFate(V2, span(V2, 'reopen on Tuesday'), V3);
    expect(fate).toEqual({
      kind: 'replaced',
      now: [{ start: 0, end: 34, text: 'The pier will reopen on Wednesday.' }],
    });
  });

  it('says unchanged for a sentence kept, and removed for one dropped with nothing like it in its place', () => {
    expect(spanFate(V2, span(V2, 'The mayor thanked them.'), V3)).toEqual({ kind: 'unchanged' });
    const after = 'The pier will reopen on Tuesday. The mayor thanked them.';
    expect(spanFate(V2, span(V2, 'Divers checked it twice.'), after)).toEqual({ kind: 'removed' });
    const unrelated = 'The pier will reopen on Tuesday. Ferries stop on Friday. The mayor thanked them.';
    expect(spanFate(V2, span(V2, 'Divers checked it twice.'), unrelated)).toEqual({ kind: 'removed' });
  });

  it('lists the replacement of each changed sentence a span covers', () => {
    const fate = spanFate(V2, span(V2, 'Tuesday. Divers'), V3);
    expect(fate.kind === 'replaced' && fate.now.map((s) => s.text)).toEqual([
      'The pier will reopen on Wednesday.',
      'Divers checked it three times.',
    ]);
  });
});
