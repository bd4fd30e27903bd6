import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerProgress } from '../../src/answers/answer.js';
import { questionRequestFrom } from '../../src/answers/ask/question-request.js';
import { createExtractiveEngine, EXTRACTIVE_ANSWER_NOTE } from '../../src/answers/extractive/engine.js';
import { renderAnswerText } from '../../src/answers/render-text.js';
import { UserError } from '../../src/errors.js';
import { createLogger } from '../../src/log.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { LEDGER, RADIO, TIMES, UNRELATED, toDraft } from '../fixtures/answers/harbor-bridge.js';
import { openTempStore, saveAll } from '../retrieval/temp-store.js';
import { expectValidAnswer } from './invariants.js';

let store: ArticleStore;
let close: () => Promise<void>;
let ids: Map<string, string>;
const engine = () => createExtractiveEngine({ store, log: createLogger('silent') });

beforeAll(async () => {
  ({ store, close } = await openTempStore());
  const saved = await saveAll(store, [LEDGER, TIMES, RADIO, UNRELATED].map(toDraft));
  ids = new Map([...saved].map(([k, v]) => [k, v.id]));
  // Another server's article that mentions the ferries: a question in any other scope never reads it.
  await store.save(
    toDraft({
      externalId: 'private-1',
      title: 'Ferry fares to rise in autumn',
      outlet: 'Private Post',
      publishedAt: '2024-03-09',
      paragraphs: ['Ferry fares will rise by 50 cents in the autumn, the Harbor Ferry Authority said.'],
    }),
    { scope: 'guild-b', now: '2024-03-15T12:00:00.000Z' },
  );
});
afterAll(async () => close());

const id = (externalId: string) => ids.get(externalId)!;

describe('a question about given articles, answered offline', () => {
  it('answers with the best-matching sentence of the pinned articles, cited, and says it is extractive', async () => {
    const req = questionRequestFrom({
      question: 'How many cable bundles had broken wires?',
      articles: [id('ledger-1'), id('radio-1')],
    });
    const answer = await engine().answer(req);
    await expectValidAnswer(answer, store);
    expect(answer.kind).toBe('answer');
    expect(answer.notFound).toBeUndefined();
    expect(answer.items.map((i) => i.text)).toEqual([
      'Transportation Director Samuel Okafor told reporters that the inspection in February found broken wires in 14 of the 96 cable bundles.',
    ]);
    expect(answer.warnings).toEqual([EXTRACTIVE_ANSWER_NOTE]);
  });

  it('reads only the pinned articles, never a fresh search', async () => {
    const progress: AnswerProgress[] = [];
    const answer = await engine().answer(
      questionRequestFrom({
        question: 'What did the council vote on the repair plan?',
        articles: [id('radio-1')],
      }),
      { onProgress: (e) => progress.push(e) },
    );
    expect(progress[0]).toEqual({ type: 'retrieved', articles: 1, outlets: 1, ids: [id('radio-1')] });
    expect(answer.sources.map((s) => s.articleId)).toEqual([id('radio-1')]);
  });

  it('says "The stored articles don\'t say." with the closest cited sentences when nothing answers', async () => {
    const answer = await engine().answer(
      questionRequestFrom({ question: "What is the mayor's favourite colour?", articles: [id('times-1')] }),
    );
    await expectValidAnswer(answer, store);
    expect(answer.notFound).toBe(true);
    expect(answer.items.map((i) => i.text)).toEqual([
      'Mayor Lena Ortiz urged residents to plan ahead and use the ferries.',
    ]);
    const text = renderAnswerText(answer);
    expect(text).toContain(
      "The stored articles don't say. The closest passages:\n\n- Mayor Lena Ortiz urged",
    );
  });

  it('falls back to each article’s first sentence when no word of the question is in them', async () => {
    const answer = await engine().answer(
      questionRequestFrom({ question: 'Quelle heure est-il?', articles: [id('garden-1')] }),
    );
    expect(answer.notFound).toBe(true);
    expect(answer.items.map((i) => i.text)).toEqual([
      'A new community garden opened on Elm Street on Saturday, with forty plots for local families.',
    ]);
  });

  it("never reads another server's article, even when pinned by id", async () => {
    const [hit] = await store.search({ text: 'fares autumn', guild: 'guild-b', limit: 1 });
    const req = questionRequestFrom({
      question: 'Will ferry fares rise?',
      articles: [hit!.article.id],
      guild: 'guild-a',
    });
    await expect(engine().answer(req)).rejects.toThrow(/No stored article with id/);
  });
});

describe('questionRequestFrom', () => {
  it('asks for something to read, words, and at most 300 characters', () => {
    expect(() => questionRequestFrom({ question: 'why?' })).toThrow(UserError);
    expect(() => questionRequestFrom({ question: '  ', articles: ['a'] })).toThrow(
      'Ask a question: it is empty.',
    );
    expect(() => questionRequestFrom({ question: 'x'.repeat(301), articles: ['a'] })).toThrow(
      'A question can be at most 300 characters.',
    );
    expect(questionRequestFrom({ question: ' why\n now? ', articles: ['a', 'a'], guild: 'g' })).toEqual({
      kind: 'answer',
      query: 'why now?',
      articles: ['a'],
      guild: 'g',
    });
  });
});
