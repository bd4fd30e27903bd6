import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/articles/ingest.js';
import { sentenceSpans } from '../../src/articles/sentences.js';
import { makeIngestContext, type TestIngest } from './context.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const present =
  existsSync(join(CORPUS, 'polnear')) &&
  existsSync(join(CORPUS, 'wikinews')) &&
  existsSync(join(CORPUS, 'seeds'));

interface CorpusArticle {
  id: string;
  title: string;
  outlet: string | null;
  published_at: string | null;
  text: string;
}

function load(collection: string): CorpusArticle[] {
  const dir = join(CORPUS, collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusArticle);
}

/** The normalisation ingestion applies that changes characters inside a line. */
function asStored(line: string): string {
  return line.replace(/[\u00A0\u202F]/g, ' ').trim();
}

/** PolNeAR photo credits, which cleaning removes on purpose (they name a photographer, not news). */
const PHOTO_CREDITS = [/^[A-Z][A-Z .'-]+ via Getty Images\.$/];

/** Seed lines that cleaning removes on purpose: page furniture, never reporting. */
const SEED_BOILERPLATE = [
  /^Connect with us$/,
  /^You can also read\S/,
  /^Follow Us On Social Media:$/,
  /^By submitting this form, you are consenting to receive marketing emails/,
  /^Copyright © /,
  /^• \d+ months ago$/,
  /^#\p{L}/u,
  /^Recommended$/,
];

describe.skipIf(!present)('ingesting the shared corpus', () => {
  let t: TestIngest;
  beforeAll(async () => {
    t = await makeIngestContext();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('stores the two raw seeds without their boilerplate, keeping every real paragraph', async () => {
    const report = await ingest(t.ctx, [join(CORPUS, 'seeds')]);
    expect(report).toMatchObject({ added: 2, failed: 0 });
    for (const seed of load('seeds')) {
      const stored = await t.ctx.store.get(seed.id);
      expect(stored, seed.id).not.toBeNull();
      const paragraphs = new Set(stored!.text.split('\n\n'));
      const lines = seed.text
        .split('\n')
        .map(asStored)
        .filter((l) => l !== '');
      const headline = (l: string): boolean => l === seed.title || l.startsWith(`${seed.title} | `);
      const furniture = lines.filter((l) => headline(l) || SEED_BOILERPLATE.some((re) => re.test(l)));
      const reporting = lines.filter((l) => !furniture.includes(l));
      expect(furniture.length, seed.id).toBeGreaterThanOrEqual(6);
      expect([...paragraphs], seed.id).toEqual(reporting);
      expect(stored!.title).toBe(seed.title);
    }
    const first = await t.ctx.store.get('000_b48c49609bc0b249');
    expect(first?.outlet).toBe('San Francisco Post');
    expect(first?.publishedAt).toBeNull();
  });

  it('stores every PolNeAR and Wikinews article with every source sentence intact', async () => {
    const report = await ingest(t.ctx, [join(CORPUS, 'polnear'), join(CORPUS, 'wikinews')]);
    expect(report).toMatchObject({ added: 47, updated: 0, unchanged: 0, duplicate: 0, failed: 0 });
    let sentences = 0;
    const missing: string[] = [];
    const creditsKept: string[] = [];
    for (const source of [...load('polnear'), ...load('wikinews')]) {
      const stored = await t.ctx.store.get(source.id);
      expect(stored, source.id).toMatchObject({
        title: source.title,
        outlet: source.outlet,
        publishedAt: source.published_at,
        publishedAtSource: 'metadata',
        language: 'en',
      });
      const original = source.text.replace(/[\u00A0\u202F]/g, ' ');
      for (const span of sentenceSpans(original)) {
        const sentence = original.slice(span.start, span.end);
        if (PHOTO_CREDITS.some((re) => re.test(sentence))) {
          if (stored!.text.includes(sentence)) creditsKept.push(`${source.id}: ${sentence}`);
          continue;
        }
        sentences += 1;
        if (!stored!.text.includes(sentence)) missing.push(`${source.id}: ${sentence}`);
      }
      // Paragraphs separated by exactly one blank line, none empty, no stray newline inside.
      expect(
        stored!.text.split('\n\n').every((p) => p !== '' && !p.includes('\n') && p === p.trim()),
        source.id,
      ).toBe(true);
    }
    expect(missing).toEqual([]);
    expect(creditsKept).toEqual([]);
    // About 900 sentences: a guard that the check really ran over the whole corpus.
    expect(sentences).toBeGreaterThan(800);
  });

  it('reports all 47 unchanged when the same collections are ingested again', async () => {
    const report = await ingest(t.ctx, [join(CORPUS, 'polnear'), join(CORPUS, 'wikinews')]);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 47, duplicate: 0, failed: 0 });
  });
});
