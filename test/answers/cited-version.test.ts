import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractiveEngine } from '../../src/answers/extractive/engine.js';
import { createLogger } from '../../src/log.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { openTempStore } from '../retrieval/temp-store.js';
import { draft } from '../store/fixtures.js';

const URL = 'https://quay.test/ferry';
const BEFORE =
  'The ferry will run every twenty minutes from Monday. The harbour office said tickets stay free. Crews painted the landing stage.';
const AFTER =
  'The ferry will run every thirty minutes from Monday. The harbour office said tickets stay free. Crews painted the landing stage.';

let store: ArticleStore;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ store, close } = await openTempStore());
});
afterAll(async () => close());

describe('an answer records the article version it cited', () => {
  it("keeps pointing at the cited version's text after the article is updated", async () => {
    const save = (text: string, now: string) =>
      store.save(draft({ text, url: URL, canonicalUrl: URL, title: 'Ferry timetable' }), {
        scope: 'global',
        now,
      });
    const { id } = await save(BEFORE, '2026-01-05T08:00:00.000Z');
    const engine = createExtractiveEngine({ store, log: createLogger('silent') });
    const answer = await engine.answer({ kind: 'summary', query: '', articles: [id] });
    const [source] = answer.sources;
    expect(source!.contentHash).toBe((await store.get(id))!.contentHash);

    await save(AFTER, '2026-01-06T08:00:00.000Z');
    const [cited] = await store.versions(id);
    expect(cited!.contentHash).toBe(source!.contentHash);
    expect((await store.get(id))!.contentHash).not.toBe(source!.contentHash);
    for (const c of answer.items.flatMap((i) => i.citations))
      expect(cited!.text.slice(c.start, c.end)).toBe(c.text);
  });
});
