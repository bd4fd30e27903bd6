import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine, AnswerProgress, AnswerRequest } from '../../src/answers/answer.js';
import { extractAttributions } from '../../src/answers/attribution/index.js';
import { createExtractiveEngine } from '../../src/answers/extractive/index.js';
import { renderAnswerText } from '../../src/answers/render-text.js';
import { UserError } from '../../src/errors.js';
import { createLogger } from '../../src/log.js';
import type { ArticleStore } from '../../src/store/article-store.js';
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
import { openTempStore, saveAll } from '../retrieval/temp-store.js';
import { expectValidAnswer } from './invariants.js';

let store: ArticleStore;
let close: () => Promise<void>;
let engine: AnswerEngine;
const LONG = longArticle(2000);

beforeAll(async () => {
  ({ store, close } = await openTempStore());
  await saveAll(store, [LEDGER, TIMES, RADIO, LEDGER_COPY, DIGEST, UNRELATED, SPANISH, LONG].map(toDraft));
  engine = createExtractiveEngine({ store, log: createLogger('silent') });
});
afterAll(async () => close());

async function ask(req: AnswerRequest, progress?: AnswerProgress[]) {
  const answer = await engine.answer(req, progress ? { onProgress: (e) => progress.push(e) } : {});
  await expectValidAnswer(answer, store);
  return answer;
}

describe('extractive engine: summarize', () => {
  it('reports retrieval progress, then answers with cited whole sentences from several outlets', async () => {
    const progress: AnswerProgress[] = [];
    const answer = await ask({ kind: 'summary', query: 'harbor bridge closure' }, progress);
    expect(progress[0]).toMatchObject({ type: 'retrieved' });
    const retrieved = progress[0] as { articles: number; outlets: number };
    expect(retrieved.articles).toBeGreaterThanOrEqual(3);
    expect(retrieved.outlets).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)).toEqual({ type: 'done' });
    expect(answer.engine).toBe('extractive');
    expect(answer.kind).toBe('summary');
    expect(answer.items.length).toBeGreaterThanOrEqual(3);
    expect(answer.items.length).toBeLessThanOrEqual(7);
    expect(new Set(answer.sources.map((s) => s.outlet)).size).toBeGreaterThanOrEqual(2);
    expect(answer.sources.some((s) => s.outlet === 'Valley Wire')).toBe(false);
  });

  it('summarises only the pinned article when the query is empty', async () => {
    const answer = await ask({ kind: 'summary', query: '', articles: ['times-1'] });
    expect(answer.sources.map((s) => s.title)).toEqual([TIMES.title]);
    expect(answer.items.length).toBeGreaterThanOrEqual(3);
  });

  it('turns an unmatched query into a user error, not an empty answer', async () => {
    await expect(engine.answer({ kind: 'summary', query: 'volcano eruption' })).rejects.toMatchObject({
      name: 'UserError',
      code: 'not_found',
      message: 'No stored articles match "volcano eruption".',
    });
  });

  it('stops when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      engine.answer({ kind: 'summary', query: 'bridge' }, { signal: controller.signal }),
    ).rejects.toThrow(/abort/i);
  });
});

describe('extractive engine: timeline', () => {
  it('dates events against each article’s publication date, merges the same event and sorts by date', async () => {
    const answer = await ask({ kind: 'timeline', query: 'harbor bridge' });
    const dates = answer.items.map((i) => i.date!);
    expect(dates.length).toBeGreaterThanOrEqual(3);
    // The council vote, reported by two outlets as "on Tuesday" (Tuesday 5 March 2024): one item, two citations.
    const vote = answer.items.find((i) => i.date === '2024-03-05');
    expect(vote).toBeDefined();
    expect(new Set(vote!.citations.map((c) => c.articleId)).size).toBe(2);
    expect(answer.items.filter((i) => i.date === '2024-03-05')).toHaveLength(1);
    // "starting May 6" in an article of 4 March 2024.
    expect(answer.items.find((i) => i.date === '2024-05-06')?.dateText).toMatch(/May 6/);
    for (const item of answer.items) expect(item.citations[0]!.text).toContain(item.dateText!);
    const text = renderAnswerText(answer);
    expect(text).toContain('5 March 2024');
  });
});

describe('extractive engine: whosaid', () => {
  it('groups statements by canonical speaker, most quoted first, with verbatim quotes', async () => {
    const answer = await ask({
      kind: 'quotes',
      query: 'bridge closure ferries',
      articles: ['ledger-1', 'times-1', 'radio-1'],
    });
    const speakers = answer.items.map((i) => i.speaker!);
    expect(speakers[0]).toBe('Lena Ortiz');
    expect(speakers).toContain('Samuel Okafor');
    expect(speakers).toContain('Dana Whitfield');
    expect(speakers).toContain('Priya Raman');
    // Grouped: once a speaker's run ends, that speaker does not come back.
    const runs = speakers.filter((s, i) => s !== speakers[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    const ortiz = answer.items.filter((i) => i.speaker === 'Lena Ortiz');
    expect(ortiz.length).toBeGreaterThanOrEqual(3);
    expect(
      ortiz.some(
        (i) => i.quoteKind === 'direct' && i.quote!.includes('We cannot keep patching a structure this old'),
      ),
    ).toBe(true);
    // "She emphasized …" resolves to the mayor introduced in the sentence before.
    expect(ortiz.some((i) => i.quote!.includes('the bridge remained safe for daily traffic'))).toBe(true);
  });

  it('filters by speaker, case-insensitively and by surname', async () => {
    // Only the pinned articles: a query would also read the 2,000-paragraph article whole.
    const answer = await ask({
      kind: 'quotes',
      query: '',
      articles: ['ledger-1', 'times-1'],
      speaker: 'okafor',
    });
    expect(answer.items.length).toBeGreaterThanOrEqual(2);
    expect(new Set(answer.items.map((i) => i.speaker))).toEqual(new Set(['Samuel Okafor']));
  });

  it('says so when the speaker said nothing in the matching articles', async () => {
    const err = await engine
      .answer({ kind: 'quotes', query: '', articles: ['ledger-1'], speaker: 'Nobody Known' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(
      /^No statements by "Nobody Known" in the matching articles \(speakers found: .*Lena Ortiz/,
    );
  });

  it('lists every attribution of a pinned article, naming speakers as that article does', async () => {
    const answer = await ask({ kind: 'quotes', query: '', articles: ['radio-1'] });
    const draft = toDraft(RADIO);
    const all = extractAttributions({ text: draft.text, title: draft.title });
    expect(answer.items.map((i) => i.quote).sort()).toEqual(all.map((a) => a.quote).sort());
    // Only "Mayor Ortiz" appears in this article: no first name is borrowed from elsewhere.
    expect(answer.items.map((i) => [i.speaker, i.quoteKind])).toContainEqual(['Ortiz', 'reported']);
    expect(answer.items.map((i) => [i.speaker, i.quoteKind])).toContainEqual(['Priya Raman', 'direct']);
  });
});

describe('extractive engine: odd inputs', () => {
  it.each(['summary', 'timeline', 'quotes'] as const)(
    'answers %s over a non-English article without crashing',
    async (kind) => {
      const answer = await ask({ kind, query: '', articles: ['diario-1'] });
      expect(answer.kind).toBe(kind);
    },
  );

  it.each(['summary', 'timeline', 'quotes'] as const)(
    'answers %s over a very long pinned article',
    async (kind) => {
      const answer = await ask({ kind, query: '', articles: [LONG.externalId] });
      if (kind === 'summary') expect(answer.items.length).toBeGreaterThanOrEqual(3);
      if (kind === 'quotes') expect(answer.items.length).toBeGreaterThan(1000);
    },
  );
});
