import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { AnswerKind } from '../../src/answers/answer.js';
import { createEngine } from '../../src/answers/engines.js';
import { loadConfig } from '../../src/config.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { openTempStore } from '../retrieval/temp-store.js';

/**
 * A smoke test against the real Messages API. Runs only with ANTHROPIC_API_KEY and
 * NEWSROOM_LIVE_TESTS=1 (it costs tokens); otherwise it is reported as skipped.
 */
const live = Boolean(process.env['ANTHROPIC_API_KEY']) && process.env['NEWSROOM_LIVE_TESTS'] === '1';
const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));

describe.skipIf(!live || !existsSync(seeds))('live Claude answers over the seed articles', () => {
  let store: ArticleStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await openTempStore());
    for (const f of readdirSync(seeds).filter((n) => n.endsWith('.json'))) {
      const a = JSON.parse(readFileSync(`${seeds}${f}`, 'utf8')) as {
        id: string;
        title: string;
        outlet: string | null;
        url: string | null;
        published_at: string | null;
        text: string;
      };
      await store.save(
        {
          externalId: a.id,
          url: a.url,
          canonicalUrl: null,
          title: a.title,
          outlet: a.outlet,
          byline: null,
          publishedAt: a.published_at,
          publishedAtSource: a.published_at ? 'metadata' : 'unknown',
          language: 'en',
          text: a.text,
          raw: { kind: 'json', source: f, content: JSON.stringify(a) },
        },
        { scope: 'global' },
      );
    }
  });
  afterAll(async () => close?.());

  it.each(['summary', 'timeline', 'quotes'] as AnswerKind[])('gives a cited %s from Claude', async (kind) => {
    const engine = createEngine({
      config: loadConfig(process.env),
      store,
      log: pino({ level: 'warn' }),
      engine: 'claude',
    });
    const answer = await engine.answer({ kind, query: 'North Korea Russia arms' });
    expect(answer.engine).toMatch(/^claude:/);
    expect(answer.items.length).toBeGreaterThan(0);
    for (const item of answer.items) expect(item.citations.length).toBeGreaterThan(0);
    expect(
      answer.usage!.inputTokens + answer.usage!.cacheReadInputTokens + answer.usage!.cacheCreationInputTokens,
    ).toBeGreaterThan(0);
  });
});
