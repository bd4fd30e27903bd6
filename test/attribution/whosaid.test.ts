import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/answer.js';
import { buildQuotes } from '../../src/answers/extractive/quotes.js';
import { buildRenderModel } from '../../src/answers/render-model.js';
import type { Retrieval } from '../../src/retrieval/index.js';
import { makeArticle } from '../answers/make-article.js';

/** Every article pinned: read whole, every statement kept. */
function retrieval(texts: Record<string, string>): Retrieval {
  const articles = Object.entries(texts).map(([id, text]) => makeArticle({ id, text }));
  return {
    articles,
    passages: articles.map((a) => ({
      articleId: a.id,
      start: 0,
      end: a.text.length,
      score: 1,
      pinned: true,
    })),
    pinnedOverBudget: false,
  };
}

const speakers = (r: Retrieval): string[] => [
  ...new Set(buildQuotes(r).items.map((i) => `${i.speaker} (${i.speakerKind ?? '-'})`)),
];

describe('who said what: kinds of speaker', () => {
  it('gives every item the kind of its speaker', () => {
    const r = retrieval({
      a: 'Inspector Ruth Calder said the depot had been locked. Officials said the guards were asleep.',
      b: 'The Calder report found that two guards were asleep. The Port Authority said it would review the rota.',
    });
    expect(speakers(r)).toEqual([
      'Ruth Calder (person)',
      'Officials (group)',
      'the Calder report (document)',
      'the Port Authority (organization)',
    ]);
  });

  it('never files a company, a group or a document under a person of a similar name', () => {
    const r = retrieval({
      a: 'Ford Motor Company said it would cut 3,000 jobs. Ford said the cuts would start in May.',
      b: 'Former President Gerald Ford said the country needed to heal. "Our long national nightmare is over," Ford said.',
      c: 'Calder and Ford said the audit was flawed. The Ford memo warned that the reserve was empty.',
    });
    expect(speakers(r).sort()).toEqual([
      'Calder and Ford (group)',
      'Ford Motor Company (organization)',
      'Gerald Ford (person)',
      'the Ford memo (document)',
    ]);
  });

  it('shows groups and documents under headings that say what they are', () => {
    const r = retrieval({
      a: 'Officials said the bridge would reopen. The lawsuit alleges that the inspections were skipped.',
    });
    const items = buildQuotes(r).items.map(({ earlier: _earlier, speakerAliases: _aliases, ...item }, i) => ({
      ...item,
      citations: item.citations.map((c) => ({ ...c, source: i + 1 })),
    }));
    const answer: Answer = {
      kind: 'quotes',
      query: '',
      engine: 'extractive',
      items,
      sources: [],
      warnings: [],
    };
    expect(buildRenderModel(answer).groups.map((g) => g.heading)).toEqual([
      'Officials (group)',
      'the lawsuit (document)',
    ]);
  });
});
