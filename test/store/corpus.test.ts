import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../src/articles/article.js';
import { forEachBackend } from './backends.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const exists = existsSync(join(corpus, 'polnear'));

interface CorpusFile {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published_at: string | null;
  byline?: string | null;
  text: string;
}

function drafts(): ArticleDraft[] {
  const out: ArticleDraft[] = [];
  for (const folder of ['polnear', 'wikinews', 'seeds']) {
    for (const name of readdirSync(join(corpus, folder))
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const content = readFileSync(join(corpus, folder, name), 'utf8');
      const f = JSON.parse(content) as CorpusFile;
      out.push({
        externalId: f.id,
        url: f.url,
        canonicalUrl: null,
        title: f.title,
        outlet: f.outlet,
        byline: f.byline ?? null,
        publishedAt: f.published_at,
        publishedAtSource: f.published_at ? 'metadata' : 'unknown',
        language: 'en',
        text: f.text,
        raw: { kind: 'json', source: join(folder, name), content },
      });
    }
  }
  return out;
}

forEachBackend((b) => {
  describe.skipIf(!exists)('the real corpus', () => {
    it('stores every article once, then finds nothing changed on a second pass', async () => {
      const { store } = await b.open();
      const all = drafts();
      const first = [];
      for (const d of all) first.push((await store.save(d, { scope: 'global' })).status);
      expect(first.filter((s) => s === 'added').length + first.filter((s) => s === 'duplicate').length).toBe(
        all.length,
      );
      const second = [];
      for (const d of all) second.push((await store.save(d, { scope: 'global' })).status);
      expect(new Set(second)).toEqual(new Set(['unchanged']));
      expect((await store.stats()).articles + (await store.stats()).duplicates).toBe(all.length);
    });

    it('finds the FBI email-review story and cites paragraphs that mention it', async () => {
      const { store } = await b.open();
      for (const d of drafts()) await store.save(d, { scope: 'global' });
      const hits = await store.search({ text: 'Comey emails', limit: 5 });
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) {
        expect(h.passages.length).toBeGreaterThan(0);
        const first = h.article.text.slice(h.passages[0]!.start, h.passages[0]!.end);
        expect(first).toMatch(/comey|emails/i);
      }
      const filtered = await store.search({ text: 'Clinton', outlet: 'Politico', since: '2016-11-01' });
      expect(filtered.length).toBeGreaterThan(0);
      expect(
        filtered.every((h) => h.article.outlet === 'Politico' && h.article.publishedAt! >= '2016-11-01'),
      ).toBe(true);
    });
  });
});
