import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDatedEvents } from '../../src/answers/timeline/index.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const hasCorpus = existsSync(corpus);

interface CorpusArticle {
  id: string;
  text: string;
  published_at: string | null;
}

function corpusArticles(): CorpusArticle[] {
  return ['seeds', 'wikinews', 'polnear'].flatMap((c) => {
    const dir = join(corpus, c);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusArticle);
  });
}

describe.skipIf(!hasCorpus)('span invariants over the shared corpus', () => {
  it('every dateText is exactly its span and lies inside its sentence, with or without a publication date', () => {
    let count = 0;
    for (const a of corpusArticles()) {
      for (const publishedAt of [a.published_at, null]) {
        for (const e of extractDatedEvents({ text: a.text, publishedAt })) {
          count++;
          expect(a.text.slice(e.dateSpan.start, e.dateSpan.end)).toBe(e.dateText);
          expect(e.sentenceSpan.start).toBeLessThanOrEqual(e.dateSpan.start);
          expect(e.sentenceSpan.end).toBeGreaterThanOrEqual(e.dateSpan.end);
          expect(e.dateText.trim()).toBe(e.dateText);
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('dates the seed story as the newsroom expects once it has a publication date', () => {
    const seeds = corpusArticles().filter((a) => a.id.startsWith('00'));
    const byText = new Map<string, string>();
    for (const a of seeds)
      for (const e of extractDatedEvents({ text: a.text, publishedAt: '2023-09-05' }))
        byText.set(e.dateText, e.date);
    expect(Object.fromEntries(byText)).toMatchObject({
      'In July': '2023-07',
      'earlier this summer': '2023-22',
      'later this month': '2023-09',
      'Last month': '2023-08',
    });
  });
});

describe('inputs that must not crash', () => {
  it('returns nothing for non-English text without English dates', () => {
    const text =
      'Le conseil municipal a voté mardi. 市议会周二投票。 Der Stadtrat stimmte am Dienstag ab. Совет проголосовал во вторник.';
    expect(extractDatedEvents({ text, publishedAt: '2023-09-05' })).toEqual([]);
  });

  it('handles empty text, an unparseable publication date and very long text', () => {
    expect(extractDatedEvents({ text: '', publishedAt: null })).toEqual([]);
    expect(extractDatedEvents({ text: 'The vote was on Tuesday.', publishedAt: 'not a date' })).toEqual([]);
    const paragraph =
      'The council met on Tuesday and approved the budget in March 2022. Nothing else happened. ';
    const long = Array.from({ length: 400 }, () => paragraph).join('\n\n');
    const events = extractDatedEvents({ text: long, publishedAt: '2023-09-05' });
    expect(events).toHaveLength(400);
    const runOn = 'and then the committee talked about the weather '.repeat(4000) + 'in July 2020.';
    expect(extractDatedEvents({ text: runOn, publishedAt: null }).map((e) => e.date)).toEqual(['2020-07']);
  });
});
