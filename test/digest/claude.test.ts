import type Keyv from 'keyv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { createDigestEngine, digestOnDemand } from '../../src/digest/service.js';
import { createKeyv } from '../../src/store/keyv-factory.js';
import {
  block,
  cite,
  documentsOf,
  startFakeAnthropic,
  type FakeAnthropic,
} from '../helpers/fake-anthropic.js';
import { tempStore } from '../stories/helpers.js';
import { saveDay } from './harness.js';

let t: Awaited<ReturnType<typeof tempStore>>;
let fake: FakeAnthropic;
let ctx: AppContext;

beforeEach(async () => {
  fake = await startFakeAnthropic();
  t = await tempStore('2026-03-29T06:00:00Z');
  await saveDay(t.store, '2026-03-28', ['fx-bridge-1', 'fx-bridge-2', 'fx-strike-1']);
  const config = loadConfig({
    ANTHROPIC_API_KEY: 'sk-test',
    ANTHROPIC_BASE_URL: fake.url,
    ANTHROPIC_DIGEST_MODEL: 'claude-digest-test',
    ANSWER_CACHE_TTL_SECONDS: '0',
  });
  const keyvs = new Map<string, Promise<Keyv>>();
  ctx = {
    config,
    store: t.store,
    log: t.log,
    clock: t.clock,
    keyv: (ns) =>
      keyvs.get(ns) ?? (keyvs.set(ns, createKeyv({ db: t.store.db, namespace: ns })), keyvs.get(ns)!),
  };
});
afterEach(async () => {
  await t.cleanup();
  await fake.close();
});

describe('digests with the Claude engine', () => {
  it('writes each story’s summary with the digest prompt and the cheaper model, keeping only verified citations', async () => {
    fake.reply((req) => {
      const first = (documentsOf(req)[0]!.source!.data ?? '').split('\n\n')[0]!;
      const sentence = first.slice(0, first.indexOf('.') + 1);
      return { content: [block(sentence, cite(req, 0, sentence)), block(' Officials promised answers.')] };
    });
    const digest = await digestOnDemand(ctx, await createDigestEngine(ctx), {
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
          expect((await t.store.get(c.articleId))!.text.slice(c.start, c.end)).toBe(c.text);
      }
    }
  });
});
