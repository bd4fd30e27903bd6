import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractiveEngine } from '../../src/answers/extractive/engine.js';
import { changedDate, datesNamed } from '../../src/answers/record/dates.js';
import { answerRequestFrom } from '../../src/answers/request-from-input.js';
import { indexArticles, verifyAnswer } from '../../src/answers/verify.js';
import { createLogger } from '../../src/log.js';
import type { StoryLookup } from '../../src/retrieval/index.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { toDraft } from '../fixtures/answers/harbor-bridge.js';
import { openTempStore, saveAll } from '../retrieval/temp-store.js';
import { expectValidAnswer } from './invariants.js';

// Fictional: a harbour official's statements over two weeks, in two outlets, and another speaker.
const MONDAY = {
  externalId: 'pier-1',
  title: 'Pier closed after ship strikes it',
  outlet: 'Quay Herald',
  publishedAt: '2025-02-03',
  paragraphs: [
    'Harbour master Ines Vidal said the damaged pier would reopen on March 3 once divers had checked it.',
    '"Nobody was hurt, and that is what matters," Vidal said.',
  ],
};
const FRIDAY = {
  externalId: 'pier-2',
  title: 'Divers find more damage under pier',
  outlet: 'Bay Bulletin',
  publishedAt: '2025-02-07',
  paragraphs: [
    'Harbour master Ines Vidal said the damaged pier would now reopen on March 17, after divers found a cracked pile.',
    'Mayor Olu Benn said the city would pay for the repairs.',
  ],
};

let store: ArticleStore;
let close: () => Promise<void>;
let ids: string[];
beforeAll(async () => {
  ({ store, close } = await openTempStore());
  ids = [...(await saveAll(store, [FRIDAY, MONDAY].map(toDraft))).values()].map((r) => r.id);
});
/** Both articles grouped into one story, as story grouping would. */
const oneStory: StoryLookup = {
  get: async (id) =>
    id === 'st-pier'
      ? { label: 'Pier struck by ship', articles: ids, outlets: [], first: '2025-02-03', last: '2025-02-07' }
      : null,
  storiesOf: async (articleIds) => new Map(articleIds.map((a) => [a, 'st-pier'])),
};
afterAll(async () => close());

describe("a speaker's record", () => {
  it('lists only that speaker, oldest first, by story, and marks the later statement with the earlier date', async () => {
    const engine = createExtractiveEngine({ store, log: createLogger('silent'), stories: oneStory });
    const req = answerRequestFrom({ kind: 'quotes', query: '', speaker: 'vidal' }, { now: new Date() });
    const answer = await engine.answer(req);
    await expectValidAnswer(answer, store);
    expect(answer.items.map((i) => [i.speaker, i.story, i.text, i.earlier?.text])).toEqual([
      [
        'Ines Vidal',
        'Pier struck by ship',
        'Harbour master Ines Vidal said the damaged pier would reopen on March 3 once divers had checked it.',
        undefined,
      ],
      ['Ines Vidal', 'Pier struck by ship', '“Nobody was hurt, and that is what matters”', undefined],
      [
        'Ines Vidal',
        'Pier struck by ship',
        'Harbour master Ines Vidal said the damaged pier would now reopen on March 17, after divers found a cracked pile.',
        'the damaged pier would reopen on March 3 once divers had checked it',
      ],
    ]);
    expect(answer.items[2]!.earlier!.citations[0]!.source).toBe(answer.items[0]!.citations[0]!.source);
  });

  it('groups by article title when no story lookup is given, and links nothing across articles', async () => {
    const engine = createExtractiveEngine({ store, log: createLogger('silent') });
    const req = answerRequestFrom({ kind: 'quotes', query: '', speaker: 'Ines Vidal' }, { now: new Date() });
    const answer = await engine.answer(req);
    expect([...new Set(answer.items.map((i) => i.story))]).toEqual([
      'Pier closed after ship strikes it',
      'Divers find more damage under pier',
    ]);
    expect(answer.items.every((i) => i.earlier === undefined)).toBe(true);
  });

  it('removes a statement whose "earlier" is not verbatim in its citation', () => {
    const text = MONDAY.paragraphs.join('\n\n');
    const article = {
      id: 'a',
      text,
      duplicateOf: null,
      title: 't',
      outlet: 'o',
      url: null,
      publishedAt: null,
    };
    const sentence = MONDAY.paragraphs[0]!;
    const citation = { articleId: 'a', start: 0, end: sentence.length, text: sentence };
    const answer = verifyAnswer(
      {
        kind: 'quotes',
        query: '',
        engine: 'extractive',
        items: [
          {
            text: sentence,
            speaker: 'Ines Vidal',
            citations: [citation],
            earlier: { text: 'the pier would reopen on March 1', citations: [citation] },
          },
        ],
      },
      indexArticles([article as never]),
    );
    expect(answer.items).toEqual([]);
    expect(answer.warnings).toEqual(['Removed 1 quote that does not appear verbatim in its source.']);
  });

  it('reads calendar dates and sees when a later one replaces them', () => {
    expect(datesNamed('reopen on March 3, not in late April or 17 May')).toEqual([
      'march 3',
      'late april',
      '17 may',
    ]);
    expect(changedDate('reopen on March 3', 'now reopen on March 17')).toBe(true);
    expect(changedDate('reopen on March 3', 'still reopen on March 3')).toBe(false);
    expect(changedDate('reopen soon', 'reopen on March 17')).toBe(false);
  });
});
