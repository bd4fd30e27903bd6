import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answers/answer.js';
import { createExtractiveEngine } from '../../src/answers/extractive/index.js';
import { draftFromRecord } from '../../src/articles/formats/json.js';
import { createLogger } from '../../src/log.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { openTempStore } from '../retrieval/temp-store.js';
import { expectValidAnswer } from './invariants.js';

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);
const FILES = ['000_b48c49609bc0b249.json', '003_5ea07fed3b2000cd.json'];
const present = FILES.every((f) => existsSync(new URL(f, SEEDS)));

async function seededEngine(
  publishedAt: string | null,
): Promise<{ store: ArticleStore; engine: AnswerEngine; close: () => Promise<void> }> {
  const { store, close } = await openTempStore();
  for (const f of FILES) {
    const record = JSON.parse(readFileSync(new URL(f, SEEDS), 'utf8')) as Record<string, unknown>;
    await store.save(draftFromRecord({ ...record, published_at: publishedAt }, f), { scope: 'global' });
  }
  return { store, engine: createExtractiveEngine({ store, log: createLogger('silent') }), close };
}

describe.skipIf(!present)('seed articles (../shared/corpus/seeds)', () => {
  describe('without publication dates', () => {
    let ctx: Awaited<ReturnType<typeof seededEngine>>;
    beforeAll(async () => {
      ctx = await seededEngine(null);
    });
    afterAll(async () => ctx.close());

    it('whosaid lists John Kirby and Adrienne Watson, including the statements introduced by "He" and "She"', async () => {
      const answer = await ctx.engine.answer({ kind: 'quotes', query: 'North Korea Russia arms' });
      await expectValidAnswer(answer, ctx.store);
      const speakers = new Set(answer.items.map((i) => i.speaker));
      expect(speakers).toContain('John Kirby');
      expect(speakers).toContain('Adrienne Watson');
      const kirby = answer.items.filter((i) => i.speaker === 'John Kirby');
      expect(kirby.some((i) => i.citations[0]!.text.startsWith('He emphasized'))).toBe(true);
      expect(kirby.some((i) => i.quote!.includes('significant quantities and multiple types'))).toBe(true);
      const watson = answer.items.filter((i) => i.speaker === 'Adrienne Watson');
      expect(watson.some((i) => i.citations[0]!.text.startsWith('She noted'))).toBe(true);
    });

    it('whosaid --speaker kirby keeps only Kirby', async () => {
      const answer = await ctx.engine.answer({
        kind: 'quotes',
        query: 'North Korea Russia arms',
        speaker: 'kirby',
      });
      expect(answer.items.length).toBeGreaterThanOrEqual(3);
      expect(new Set(answer.items.map((i) => i.speaker))).toEqual(new Set(['John Kirby']));
    });

    it('timeline gives "In July" as XXXX-07 and invents no year', async () => {
      const answer = await ctx.engine.answer({ kind: 'timeline', query: 'North Korea Russia' });
      await expectValidAnswer(answer, ctx.store);
      const july = answer.items.find((i) => i.dateText === 'In July');
      expect(july?.date).toBe('XXXX-07');
      expect(july?.text).toMatch(/^In July, both Russia and China dispatched high-level delegations/);
      for (const item of answer.items) {
        const year = /^\d{4}/.exec(item.date!)?.[0];
        if (year) expect(item.citations.some((c) => c.text.includes(year))).toBe(true);
      }
    });

    it('summarize cites both seed articles', async () => {
      const answer = await ctx.engine.answer({ kind: 'summary', query: 'North Korea Russia arms' });
      await expectValidAnswer(answer, ctx.store);
      expect(answer.sources).toHaveLength(2);
      expect(answer.items.length).toBeGreaterThanOrEqual(3);
      expect(answer.items.length).toBeLessThanOrEqual(7);
    });
  });

  describe('ingested with --published 2023-09-05', () => {
    let ctx: Awaited<ReturnType<typeof seededEngine>>;
    beforeAll(async () => {
      ctx = await seededEngine('2023-09-05');
    });
    afterAll(async () => ctx.close());

    it('resolves "In July" to 2023-07 and sorts it before the meeting planned for September', async () => {
      const answer = await ctx.engine.answer({ kind: 'timeline', query: 'North Korea Russia' });
      await expectValidAnswer(answer, ctx.store);
      const dates = answer.items.map((i) => i.date!);
      const july = answer.items.findIndex((i) => i.dateText === 'In July');
      expect(answer.items[july]?.date).toBe('2023-07');
      const september = answer.items.findIndex(
        (i) => i.date!.startsWith('2023-09') && /later this month/.test(i.text),
      );
      expect(september).toBeGreaterThan(july);
      expect(dates.every((d) => d.startsWith('2023'))).toBe(true);
    });
  });
});
