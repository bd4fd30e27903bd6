import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AUTH_NOTICE, REJECTED_NOTICE, UNAVAILABLE_NOTICE } from '../../src/answers/claude/engine.js';
import { toDraft } from '../fixtures/answers/harbor-bridge.js';
import { block, citeAny } from '../helpers/fake-anthropic.js';
import { scaled } from '../helpers/time-scale.js';
import { HOSTILE } from './fixtures.js';
import { openHarness, TEST_KEY, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => h.close());
beforeEach(() => {
  h.fake.requests.length = 0;
  h.fake.reply((req) => ({
    content: [
      block(
        'A burst main flooded six streets in Quayside on Monday.',
        citeAny(req, 'A ruptured water main flooded six streets in the Quayside district early on Monday'),
      ),
    ],
  }));
});

const ASK = { kind: 'summary', query: 'water main Quayside' } as const;

describe('retries and fallback', () => {
  it('lets the SDK retry a 529 twice and then answers with Claude', async () => {
    h.fake.failNext(529, 2);
    const answer = await h.makeEngine().answer(ASK);
    expect(h.fake.messageRequests()).toHaveLength(3);
    expect(h.fake.messageRequests().map((r) => r.headers['x-stainless-retry-count'])).toEqual([
      '0',
      '1',
      '2',
    ]);
    expect(answer.engine).toBe('claude:claude-sonnet-5-5');
    expect(answer.warnings).toEqual([]);
  });

  it.each([
    ['overloaded (529)', 529],
    ['rate limited (429)', 429],
    ['a server error (500)', 500],
  ] as const)('answers offline with a visible notice when Claude stays %s', async (_, status) => {
    h.fake.failNext(status, 3);
    const answer = await h.makeEngine().answer(ASK);
    expect(h.fake.messageRequests()).toHaveLength(3);
    expect(answer.engine).toBe('extractive');
    expect(answer.warnings[0]).toBe(UNAVAILABLE_NOTICE);
    expect(answer.items.length).toBeGreaterThan(0);
  });

  it('answers offline when the connection keeps failing', async () => {
    h.fake.failNext('disconnect', 3);
    const answer = await h.makeEngine().answer(ASK);
    expect(h.fake.messageRequests()).toHaveLength(3);
    expect([answer.engine, answer.warnings[0]]).toEqual(['extractive', UNAVAILABLE_NOTICE]);
  });

  it('answers offline, not with the part it saw, when a streamed answer is cut mid-way', async () => {
    const first = 'A burst main flooded six streets in Quayside on Monday. ';
    const quote = 'A ruptured water main flooded six streets in the Quayside district early on Monday';
    h.fake.reply((req) => ({
      content: [
        block(first, citeAny(req, quote)),
        block('Water reached doorsteps in Quayside.', citeAny(req, quote)),
      ],
    }));
    // The message start, the first block whole (start, citation, 5 text deltas, stop) and part of
    // the second, then the connection drops.
    h.fake.cutStreamsAfter(13);
    h.fake.failNext('cut', 1);
    const answer = await h
      .makeEngine({ env: { ANTHROPIC_MAX_RETRIES: '0' } })
      .answer(ASK, { onProgress: () => undefined });
    expect(h.fake.messageRequests()).toHaveLength(1);
    expect(h.fake.messageRequests()[0]!.body.stream).toBe(true);
    // Claude's first, complete sentence is not passed off as the answer: the offline engine answers, with the notice.
    expect([answer.engine, answer.warnings[0]]).toEqual(['extractive', UNAVAILABLE_NOTICE]);
    expect(answer.items.map((i) => i.text).join(' ')).not.toContain('A burst main');
  });

  it('answers offline when the request times out', async () => {
    h.fake.failNext('hang', 1);
    const answer = await h
      // Long enough for the request to reach the fake on a busy machine, which then never answers.
      .makeEngine({ env: { ANTHROPIC_TIMEOUT_MS: String(scaled(300)), ANTHROPIC_MAX_RETRIES: '0' } })
      .answer(ASK);
    expect(h.fake.messageRequests()).toHaveLength(1);
    expect([answer.engine, answer.warnings[0]]).toEqual(['extractive', UNAVAILABLE_NOTICE]);
  });

  it('answers offline with its own notice when the API rejects the request', async () => {
    h.fake.failNext(400, 1);
    const answer = await h.makeEngine().answer(ASK);
    expect(h.fake.messageRequests()).toHaveLength(1);
    expect([answer.engine, answer.warnings[0]]).toEqual(['extractive', REJECTED_NOTICE]);
  });

  it('logs a refused key once, clearly, then keeps answering offline without calling the API', async () => {
    const engine = h.makeEngine();
    const before = h.logs.length;
    h.fake.failNext(401, 1);
    const first = await engine.answer(ASK);
    const second = await engine.answer({ kind: 'timeline', query: 'water main Quayside' });
    expect(h.fake.messageRequests()).toHaveLength(1);
    expect([first.engine, first.warnings[0]]).toEqual(['extractive', AUTH_NOTICE]);
    expect([second.engine, second.warnings[0]]).toEqual(['extractive', AUTH_NOTICE]);
    const errors = h.logs.slice(before).filter((l) => l['level'] === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      status: 401,
      msg: 'Claude refused the API key or account (check ANTHROPIC_API_KEY); answering with the offline engine from now on',
    });
    expect(h.rawLog()).not.toContain(TEST_KEY);
  });

  it('stops when the caller aborts instead of falling back', async () => {
    h.fake.failNext('hang', 1);
    const controller = new AbortController();
    const pending = h.makeEngine().answer(ASK, { signal: controller.signal });
    await h.fake.messageRequestsArrived(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(h.fake.messageRequests()).toHaveLength(1);
  });
});

describe('answer cache', () => {
  it('serves the same question again without an API request, re-verified, with zero usage', async () => {
    const engine = h.makeEngine({ withCache: true });
    const first = await engine.answer(ASK);
    const again = await engine.answer({ ...ASK, query: '  Water   MAIN Quayside? ' });
    expect(h.fake.messageRequests()).toHaveLength(1);
    expect(again.items).toEqual(first.items);
    expect(again.sources).toEqual(first.sources);
    expect(first.usage!.inputTokens).toBeGreaterThan(0);
    expect(again.usage).toEqual({
      inputTokens: 0,
      outputTokens: 0,
      cacheCreationInputTokens: 0,
      cacheReadInputTokens: 0,
    });
  });

  it('asks again when the command, the filters or the stored articles change', async () => {
    const engine = h.makeEngine({ withCache: true });
    await engine.answer({ kind: 'summary', query: 'Quayside utility' });
    await engine.answer({ kind: 'summary', query: 'Quayside utility', outlet: 'Harbour Courier' });
    expect(h.fake.messageRequests()).toHaveLength(2);
    await engine.answer({ kind: 'summary', query: 'Quayside utility' });
    expect(h.fake.messageRequests()).toHaveLength(2);
    await h.store.save(toDraft(HOSTILE), { scope: 'global' });
    await engine.answer({ kind: 'summary', query: 'Quayside utility' });
    expect(h.fake.messageRequests()).toHaveLength(3);
    await h.store.remove('hostile-1');
  });

  it('does not cache an offline fallback answer', async () => {
    const engine = h.makeEngine({ withCache: true });
    h.fake.failNext(529, 3);
    const fallback = await engine.answer({ kind: 'quotes', query: 'Moreau' });
    expect(fallback.engine).toBe('extractive');
    h.fake.reply((req) => ({
      content: [
        block(
          'SPEAKER: Ines Moreau | KIND: direct | QUOTE: "We prioritise by risk, and this main was scheduled for next spring,"',
          citeAny(req, 'We prioritise by risk, and this main was scheduled for next spring,'),
        ),
      ],
    }));
    const answer = await engine.answer({ kind: 'quotes', query: 'Moreau' });
    expect(answer.engine).toBe('claude:claude-sonnet-5-5');
    expect(h.fake.messageRequests()).toHaveLength(4);
  });
});
