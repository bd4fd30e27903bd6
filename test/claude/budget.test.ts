import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FixtureArticle } from '../fixtures/answers/harbor-bridge.js';
import { block, documentsOf, type RecordedRequest } from '../helpers/fake-anthropic.js';
import { GAZETTE } from './fixtures.js';
import { openHarness, type Harness } from './harness.js';

/** A long fictional log: every paragraph mentions the pipes, so relevance alone would send them all. */
const SURVEY: FixtureArticle = {
  externalId: 'survey-1',
  title: 'Quayside pipe survey log',
  outlet: 'Utility Bulletin',
  publishedAt: '2025-10-20',
  paragraphs: Array.from({ length: 60 }, (_, i) => `Survey crews inspected pipe section ${i + 1} under Quayside on day ${(i % 20) + 1} and logged ${120 + i} readings of wall thickness and corrosion.`),
};

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ articles: [GAZETTE, SURVEY], env: { ANSWER_INPUT_TOKEN_BUDGET: '1500' } });
});
afterAll(async () => h.close());
beforeEach(() => {
  h.fake.requests.length = 0;
  h.fake.setCharsPerToken(4);
  h.fake.failCountTokens(null);
  h.fake.reply({ content: [block('Nothing to add.')] });
});

const paragraphsSent = (req: RecordedRequest) => documentsOf(req).reduce((n, d) => n + d.source!.data!.split(/\n\n(?:\[…\]\n\n)?/).length, 0);

describe('input token budget', () => {
  it('counts the exact request with count_tokens before sending it', async () => {
    await h.makeEngine().answer({ kind: 'summary', query: 'pipe survey Quayside' });
    const paths = h.fake.requests.map((r) => r.path);
    expect(paths).toEqual(['/v1/messages/count_tokens', '/v1/messages']);
    const [count, message] = h.fake.requests;
    expect(count!.body.messages).toEqual(message!.body.messages);
    expect(count!.body.system).toEqual(message!.body.system);
  });

  it('drops the least relevant passages until the counted request fits', async () => {
    // A dense language: 2.5 characters per token, more tokens than the character estimate assumes.
    h.fake.setCharsPerToken(2.5);
    await h.makeEngine().answer({ kind: 'summary', query: 'pipe survey Quayside' });
    const counts = h.fake.requests.filter((r) => r.path === '/v1/messages/count_tokens');
    const message = h.fake.messageRequests()[0]!;
    expect(counts.length).toBe(2);
    const first = paragraphsSent(counts[0]!);
    const sent = paragraphsSent(message);
    expect(sent).toBeLessThan(first);
    expect(sent).toBeGreaterThan(0);
    expect(Math.ceil(textOf(message).length / 2.5)).toBeLessThanOrEqual(1500);
  });

  it('uses the character estimate when count_tokens cannot be reached, and does not keep asking', async () => {
    h.fake.failCountTokens(404);
    const engine = h.makeEngine();
    const answer = await engine.answer({ kind: 'summary', query: 'pipe survey Quayside' });
    await engine.answer({ kind: 'timeline', query: 'pipe survey Quayside' });
    expect(answer.engine).toBe('claude:claude-sonnet-5-5');
    expect(h.fake.requests.map((r) => r.path)).toEqual(['/v1/messages/count_tokens', '/v1/messages', '/v1/messages']);
    expect(Math.ceil(textOf(h.fake.messageRequests()[0]!).length / 3.5)).toBeLessThanOrEqual(1500);
  });

  it('sends every passage of a pinned article even over the budget, and says so', async () => {
    const answer = await h.makeEngine().answer({ kind: 'quotes', query: '', articles: [h.idOf('survey-1')] });
    const message = h.fake.messageRequests()[0]!;
    expect(documentsOf(message)[0]!.source!.data).toBe(SURVEY.paragraphs.join('\n\n'));
    expect(answer.warnings[0]).toMatch(/^The pinned articles alone take about \d+ input tokens, more than the budget of 1500; all of them were sent\.$/);
  });
});

function textOf(req: RecordedRequest): string {
  const parts: string[] = [];
  for (const s of Array.isArray(req.body.system) ? req.body.system : []) parts.push(s.text);
  for (const m of req.body.messages) for (const b of Array.isArray(m.content) ? m.content : []) parts.push(b.text ?? '', b.title ?? '', b.context ?? '', b.source?.data ?? '');
  return parts.join('\n');
}
