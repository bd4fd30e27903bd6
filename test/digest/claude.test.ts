import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestOnDemand } from '../../src/digest/service.js';
import {
  block,
  cite,
  documentsOf,
  startFakeAnthropic,
  type FakeAnthropic,
} from '../helpers/fake-anthropic.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';
import { saveDay } from './harness.js';

let fake: FakeAnthropic;
let ctx: TestApp;

beforeEach(async () => {
  fake = await startFakeAnthropic();
  ctx = await openTestApp({
    now: '2026-03-29T06:00:00Z',
    env: {
      ANTHROPIC_API_KEY: 'sk-test',
      ANTHROPIC_BASE_URL: fake.url,
      ANTHROPIC_DIGEST_MODEL: 'claude-digest-test',
      ANSWER_CACHE_TTL_SECONDS: '0',
    },
  });
  await saveDay(ctx.store, '2026-03-28', ['fx-bridge-1', 'fx-bridge-2', 'fx-strike-1']);
});
afterEach(async () => {
  await ctx.cleanup();
  await fake.close();
});

describe('digests with the Claude engine', () => {
  it('writes each story’s summary with the digest prompt and the cheaper model, keeping only verified citations', async () => {
    fake.reply((req) => {
      const first = (documentsOf(req)[0]!.source!.data ?? '').split('\n\n')[0]!;
      const sentence = first.slice(0, first.indexOf('.') + 1);
      return { content: [block(sentence, cite(req, 0, sentence)), block(' Officials promised answers.')] };
    });
    const digest = await digestOnDemand(ctx, await ctx.digestEngine(), {
      date: '2026-03-28',
      timeZone: 'UTC',
    });
    expect(digest.engine).toBe('claude:claude-digest-test');
    expect(digest.stories).toHaveLength(2);
    const requests = fake.messageRequests();
    expect(requests).toHaveLength(2);
    for (const r of requests) {
      expect(r.body.model).toBe('claude-digest-test');
      expect(JSON.stringify(r.body.messages)).toContain('Task: daily digest');
    }
    for (const s of digest.stories) {
      expect(s.summary.length).toBeGreaterThanOrEqual(1);
      for (const item of s.summary) {
        expect(item.citations.length).toBeGreaterThan(0);
        for (const c of item.citations)
          expect((await ctx.store.get(c.articleId))!.text.slice(c.start, c.end)).toBe(c.text);
      }
    }
  });
});
