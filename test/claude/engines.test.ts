import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/engines.js';
import { loadConfig } from '../../src/config.js';
import { UserError } from '../../src/errors.js';
import { openHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => h.close());

describe('createEngine', () => {
  it('picks Claude when ANTHROPIC_API_KEY is set and the offline engine otherwise', () => {
    expect(h.makeEngine().name).toBe('claude:claude-sonnet-5-5');
    expect(createEngine({ config: loadConfig({}), store: h.store, log: h.log }).name).toBe('extractive');
  });

  it('lets an explicit choice override the default', () => {
    expect(h.makeEngine({ engine: 'extractive' }).name).toBe('extractive');
    expect(h.makeEngine({ env: { ANTHROPIC_MODEL: 'claude-opus-5-5' } }).name).toBe('claude:claude-opus-5-5');
  });

  it('refuses Claude without a key, and an unknown engine, with a UserError', () => {
    const noKey = () =>
      createEngine({ config: loadConfig({}), store: h.store, log: h.log, engine: 'claude' });
    expect(noKey).toThrow(UserError);
    expect(noKey).toThrow(
      'The Claude engine needs ANTHROPIC_API_KEY to be set (or choose the extractive engine).',
    );
    expect(() =>
      createEngine({ config: loadConfig({}), store: h.store, log: h.log, engine: 'gpt' as 'claude' }),
    ).toThrow('Unknown engine "gpt": use extractive or claude.');
  });

  it('uses the digest model and prompt for digest summaries', async () => {
    const engine = createEngine({ config: h.config, store: h.store, log: h.log, purpose: 'digest' });
    expect(engine.name).toBe('claude:claude-haiku-5-5');
    h.fake.requests.length = 0;
    await engine.answer({ kind: 'summary', query: 'water main Quayside' });
    const req = h.fake.messageRequests()[0]!;
    expect([req.body.model, req.body.max_tokens]).toEqual(['claude-haiku-5-5', 1500]);
    const task = (req.body.messages[0]!.content as Array<{ type: string; text?: string }>).at(-1)!.text!;
    expect(task).toMatch(/^Task: daily digest\./);
  });
});

describe('the Anthropic SDK', () => {
  it('is imported at runtime by one adapter file only, and lazily there', () => {
    const root = join(import.meta.dirname, '../../src');
    const files = walk(root).filter((f) => f.endsWith('.ts'));
    const runtime = files.filter((f) =>
      /^\s*import\s+(?!type\b)[^;]*from\s+['"]@anthropic-ai\/sdk/m.test(readFileSync(f, 'utf8')),
    );
    expect(runtime).toEqual([]);
    const dynamic = files
      .filter((f) => readFileSync(f, 'utf8').includes("import('@anthropic-ai/sdk')"))
      .map((f) => relative(root, f));
    expect(dynamic).toEqual(['answers/claude/client.ts']);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
