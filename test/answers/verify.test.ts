import { describe, expect, it } from 'vitest';
import type { Answer, AnswerDraft, DraftCitation } from '../../src/answers/answer.js';
import { indexArticles, verifyAnswer } from '../../src/answers/verify.js';
import { makeArticle } from './make-article.js';

const harbor = makeArticle({
  id: 'a1',
  title: 'Harbor bridge to close for repairs',
  outlet: 'Bayside Ledger',
  text:
    'The Harbor Bridge will close for six weeks in May, city officials said on Tuesday.\n\n' +
    '“We cannot keep patching a structure this old,” said Mayor Lena Ortiz. Engineers found corroded cables.',
});
const council = makeArticle({
  id: 'a2',
  title: 'Council approves bridge budget',
  outlet: 'Coastal Times',
  publishedAt: '2024-03-04',
  text: 'The council voted 7–2 to fund the repairs. Ortiz said the closure would be “painful but necessary.”',
});
const copy = makeArticle({ id: 'a3', text: harbor.text, duplicateOf: 'a1' });
const articles = indexArticles([harbor, council, copy]);

function cite(articleId: string, snippet: string): DraftCitation {
  const a = articles.get(articleId)!;
  const start = a.text.indexOf(snippet);
  if (start < 0) throw new Error(`fixture: ${snippet} not in ${articleId}`);
  return { articleId, start, end: start + snippet.length, text: snippet };
}

const mayorSentence = '“We cannot keep patching a structure this old,” said Mayor Lena Ortiz.';
const closureSentence = 'Ortiz said the closure would be “painful but necessary.”';

function quotesDraft(): AnswerDraft {
  return {
    kind: 'quotes',
    query: 'bridge',
    engine: 'extractive',
    items: [
      {
        text: closureSentence,
        speaker: 'Lena Ortiz',
        quote: 'painful but necessary.',
        quoteKind: 'direct',
        citations: [cite('a2', closureSentence)],
      },
      {
        text: mayorSentence,
        speaker: 'Lena Ortiz',
        quote: 'We cannot keep patching a structure this old,',
        quoteKind: 'direct',
        citations: [cite('a1', mayorSentence)],
      },
    ],
  };
}

describe('verifyAnswer', () => {
  it('passes a valid answer unchanged and numbers sources in first-citation order', () => {
    const out = verifyAnswer(quotesDraft(), articles);
    expect(out.warnings).toEqual([]);
    expect(out.items.map((i) => i.quote)).toEqual([
      'painful but necessary.',
      'We cannot keep patching a structure this old,',
    ]);
    expect(out.sources).toEqual([
      {
        n: 1,
        articleId: 'a2',
        title: 'Council approves bridge budget',
        outlet: 'Coastal Times',
        url: 'https://example.test/a2',
        publishedAt: '2024-03-04',
        contentHash: council.contentHash,
      },
      {
        n: 2,
        articleId: 'a1',
        title: 'Harbor bridge to close for repairs',
        outlet: 'Bayside Ledger',
        url: 'https://example.test/a1',
        publishedAt: '2024-03-01',
        contentHash: harbor.contentHash,
      },
    ]);
    expect(out.items.map((i) => i.citations.map((c) => c.source))).toEqual([[1], [2]]);
    // A verified answer is a fixed point.
    expect(verifyAnswer(out, articles)).toEqual(out);
  });

  it('drops a quote that is not verbatim in its source and says so', () => {
    const draft = quotesDraft();
    draft.items[1]!.quote = 'We cannot keep patching a structure this old and tired,';
    const out = verifyAnswer(draft, articles);
    expect(out.items).toHaveLength(1);
    expect(out.items[0]!.quote).toBe('painful but necessary.');
    expect(out.warnings).toEqual(['Removed 1 quote that does not appear verbatim in its source.']);
    expect(out.sources.map((s) => s.articleId)).toEqual(['a2']);
  });

  it('accepts a quote that differs only in whitespace, quotation marks and dashes', () => {
    const draft: AnswerDraft = {
      kind: 'quotes',
      query: 'q',
      engine: 'extractive',
      items: [
        {
          text: 'x',
          quote: '"We cannot  keep\npatching a structure this old,"',
          citations: [cite('a1', mayorSentence)],
        },
        {
          text: 'y',
          quote: 'voted 7-2',
          citations: [cite('a2', 'The council voted 7–2 to fund the repairs.')],
        },
      ],
    };
    expect(verifyAnswer(draft, articles).items).toHaveLength(2);
  });

  it('does not normalise letters or other punctuation', () => {
    const draft: AnswerDraft = {
      kind: 'quotes',
      query: 'q',
      engine: 'extractive',
      items: [
        {
          text: 'x',
          quote: 'we cannot keep patching a structure this old',
          citations: [cite('a1', mayorSentence)],
        },
      ],
    };
    expect(verifyAnswer(draft, articles).items).toEqual([]);
  });

  it('drops a quote that is in the article but outside every span it cites', () => {
    const draft: AnswerDraft = {
      kind: 'quotes',
      query: 'q',
      engine: 'extractive',
      items: [
        { text: 'x', quote: 'Engineers found corroded cables.', citations: [cite('a1', mayorSentence)] },
      ],
    };
    expect(verifyAnswer(draft, articles).warnings).toEqual([
      'Removed 1 quote that does not appear verbatim in its source.',
    ]);
  });

  it('drops an item whose citation is off by one character', () => {
    const draft = quotesDraft();
    const c = draft.items[0]!.citations[0]!;
    draft.items[0]!.citations[0] = { ...c, start: c.start + 1, end: c.end + 1 };
    const out = verifyAnswer(draft, articles);
    expect(out.items.map((i) => i.citations[0]!.articleId)).toEqual(['a1']);
    expect(out.warnings).toEqual(['Removed 1 item whose citation does not match the stored article text.']);
    expect(out.sources).toHaveLength(1);
    expect(out.sources[0]!.n).toBe(1);
    expect(out.items[0]!.citations[0]!.source).toBe(1);
  });

  it('drops items with no citation and counts them', () => {
    const draft = quotesDraft();
    draft.items.push(
      { text: 'The bridge is unsafe.', citations: [] },
      { text: 'Another claim.', citations: [] },
    );
    const out = verifyAnswer(draft, articles);
    expect(out.items).toHaveLength(2);
    expect(out.warnings).toEqual(['Removed 2 items without a citation.']);
  });

  it('drops citations to an unknown article or to an article marked duplicate', () => {
    const draft = quotesDraft();
    draft.items.push(
      { text: 'x', citations: [{ articleId: 'nope', start: 0, end: 3, text: 'The' }] },
      { text: 'y', citations: [{ ...cite('a1', mayorSentence), articleId: 'a3' }] },
    );
    const out = verifyAnswer(draft, articles);
    expect(out.items).toHaveLength(2);
    expect(out.warnings).toEqual(['Removed 2 items citing an unknown or duplicate article.']);
  });

  it('removes the whole item when only one of its citations fails, rather than repairing it', () => {
    const draft = quotesDraft();
    draft.items[0]!.citations.push({ ...cite('a1', mayorSentence), text: 'made up' });
    const out = verifyAnswer(draft, articles);
    expect(out.items).toHaveLength(1);
    expect(out.warnings).toEqual(['Removed 1 item whose citation does not match the stored article text.']);
  });

  it('checks timeline dates are EDTF and worded in the cited span', () => {
    const sentence = 'The Harbor Bridge will close for six weeks in May, city officials said on Tuesday.';
    const base = { text: sentence, citations: [cite('a1', sentence)] };
    const draft: AnswerDraft = {
      kind: 'timeline',
      query: 'bridge',
      engine: 'extractive',
      items: [
        { ...base, date: '2024-05', dateText: 'in May' },
        { ...base, date: 'XXXX-05', dateText: 'in May' },
        { ...base, date: '2024-22', dateText: 'in May' },
        { ...base, date: 'May 2024', dateText: 'in May' },
        { ...base, date: '2024-05', dateText: 'in June' },
      ],
    };
    const out = verifyAnswer(draft, articles);
    expect(out.items.map((i) => i.date)).toEqual(['2024-05', 'XXXX-05', '2024-22']);
    expect(out.warnings).toEqual([
      'Removed 2 dated items whose date is malformed or not worded in their sources.',
    ]);
  });

  it('keeps the engine warnings and usage, and counts several failure kinds separately', () => {
    const draft: AnswerDraft = {
      ...quotesDraft(),
      warnings: ['Claude was unavailable.'],
      usage: { inputTokens: 10, outputTokens: 5, cacheCreationInputTokens: 0, cacheReadInputTokens: 3 },
    };
    draft.items.push(
      { text: 'no cite', citations: [] },
      { text: 'bad', quote: 'nope', citations: [cite('a1', mayorSentence)] },
    );
    const out: Answer = verifyAnswer(draft, articles);
    expect(out.warnings).toEqual([
      'Claude was unavailable.',
      'Removed 1 item without a citation.',
      'Removed 1 quote that does not appear verbatim in its source.',
    ]);
    expect(out.usage).toEqual({
      inputTokens: 10,
      outputTokens: 5,
      cacheCreationInputTokens: 0,
      cacheReadInputTokens: 3,
    });
  });
});
