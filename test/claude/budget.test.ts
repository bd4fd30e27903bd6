import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { estimateTokens } from '../../src/answers/claude/request.js';
import type { FixtureArticle } from '../fixtures/answers/harbor-bridge.js';
import { block, documentsOf, type RecordedRequest } from '../helpers/fake-anthropic.js';
import { GAZETTE } from './fixtures.js';
import { openHarness, type Harness } from './harness.js';

/** A long fictional log: every paragraph mentions the survey, so relevance alone would send them all. */
const SURVEY: FixtureArticle = {
  externalId: 'survey-1',
  title: 'Quayside pipe survey log',
  outlet: 'Utility Bulletin',
  publishedAt: '2025-10-20',
  paragraphs: Array.from(
    { length: 100 },
    (_, i) =>
      `Survey crews inspected pipe section ${i + 1} under Quayside on day ${(i % 20) + 1} and logged ${120 + i} readings of wall thickness and corrosion.`,
  ),
};

/** The same kind of log with most of each paragraph in Japanese: far more tokens per character. */
const DENSE: FixtureArticle = {
  externalId: 'dense-1',
  title: 'Harbourside inspection notes',
  outlet: 'Utility Bulletin',
  publishedAt: '2025-10-21',
  paragraphs: Array.from(
    { length: 40 },
    (_, i) =>
      `Harbourside inspection ${i + 1}: 配管の第${i + 1}区間を点検し、壁の厚さと腐食の状態を記録した。作業班は翌日も同じ区間を確認する予定である。継手の周辺では小さな漏れが見つかり、担当者が写真を撮って報告書に添付した。次回の点検では水圧の測定も行い、結果を港湾局と共有する。`,
  ),
};

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ articles: [GAZETTE, SURVEY, DENSE], env: { ANSWER_INPUT_TOKEN_BUDGET: '3000' } });
});
afterAll(async () => h.close());
beforeEach(() => {
  h.fake.requests.length = 0;
  h.fake.setCharsPerToken(4);
  h.fake.failCountTokens(null);
  h.fake.reply({ content: [block('Nothing to add.')] });
});

const paths = () => h.fake.requests.map((r) => r.path);
const paragraphsSent = (req: RecordedRequest) =>
  documentsOf(req).reduce((n, d) => n + d.source!.data!.split(/\n\n(?:\[…\]\n\n)?/).length, 0);
const ASK_DENSE = { kind: 'summary', query: 'Harbourside inspection' } as const;

describe('input token budget', () => {
  it('sends without counting when the conservative estimate shows the request fits', async () => {
    await h.makeEngine().answer({ kind: 'summary', query: 'Moreau utility' });
    expect(paths()).toEqual(['/v1/messages']);
  });

  it('estimates dense scripts at one token per character', () => {
    const base = { model: 'm', max_tokens: 1, messages: [{ role: 'user' as const, content: '' }] };
    expect(estimateTokens({ ...base, messages: [{ role: 'user', content: 'a'.repeat(350) }] })).toBe(110);
    expect(estimateTokens({ ...base, messages: [{ role: 'user', content: '腐'.repeat(350) }] })).toBe(360);
  });

  it('asks count_tokens when the estimate is over, and sends every selected passage when the exact count fits', async () => {
    await h.makeEngine().answer(ASK_DENSE);
    expect(paths()).toEqual(['/v1/messages/count_tokens', '/v1/messages']);
    const [count, message] = h.fake.requests;
    expect(message!.body.messages).toEqual(count!.body.messages);
    expect(message!.body.system).toEqual(count!.body.system);
  });

  it('drops the least relevant passages until the counted request fits', async () => {
    h.fake.setCharsPerToken(1.2);
    await h.makeEngine().answer(ASK_DENSE);
    // One count, then at most four recounts after trimming.
    expect(paths().at(-1)).toBe('/v1/messages');
    expect(
      paths()
        .slice(0, -1)
        .every((p) => p === '/v1/messages/count_tokens'),
    ).toBe(true);
    expect(paths().length).toBeGreaterThanOrEqual(3);
    expect(paths().length).toBeLessThanOrEqual(6);
    const firstCount = h.fake.requests[0];
    const message = h.fake.messageRequests()[0];
    expect(paragraphsSent(message!)).toBeLessThan(paragraphsSent(firstCount!));
    expect(paragraphsSent(message!)).toBeGreaterThan(0);
    expect(Math.ceil(textOf(message!).length / 1.2)).toBeLessThanOrEqual(3000);
  });

  it('trims by the estimate when count_tokens cannot be reached, and does not keep asking', async () => {
    h.fake.failCountTokens(404);
    const engine = h.makeEngine();
    const answer = await engine.answer(ASK_DENSE);
    await engine.answer({ ...ASK_DENSE, kind: 'timeline' });
    expect(answer.engine).toBe('claude:claude-sonnet-5-5');
    expect(paths()).toEqual(['/v1/messages/count_tokens', '/v1/messages', '/v1/messages']);
    for (const m of h.fake.messageRequests())
      expect(estimateTokens(m.body as never)).toBeLessThanOrEqual(3000);
  });

  it('sends every passage of a pinned article even over the budget, and says so', async () => {
    const answer = await h.makeEngine().answer({ kind: 'quotes', query: '', articles: [h.idOf('survey-1')] });
    const message = h.fake.messageRequests()[0]!;
    expect(documentsOf(message)[0]!.source!.data).toBe(SURVEY.paragraphs.join('\n\n'));
    expect(answer.warnings[0]).toMatch(
      /^The pinned articles alone take about \d+ input tokens, more than the budget of 3000; all of them were sent\.$/,
    );
  });
});

function textOf(req: RecordedRequest): string {
  const parts: string[] = [];
  for (const s of Array.isArray(req.body.system) ? req.body.system : []) parts.push(s.text);
  for (const m of req.body.messages)
    for (const b of Array.isArray(m.content) ? m.content : [])
      parts.push(b.text ?? '', b.title ?? '', b.context ?? '', b.source?.data ?? '');
  return parts.join('\n');
}
