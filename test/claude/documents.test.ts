import { describe, expect, it } from 'vitest';
import { paragraphSpans } from '../../src/articles/passages.js';
import { resolveCitation } from '../../src/answers/claude/citations.js';
import {
  buildDocuments,
  documentContext,
  mapToArticle,
  PASSAGE_SEPARATOR,
} from '../../src/answers/claude/documents.js';
import type { Retrieval } from '../../src/retrieval/index.js';
import { makeArticle } from '../answers/make-article.js';

const TEXT = [
  'First paragraph one.',
  'Second paragraph two.',
  'Third paragraph three.',
  'Fourth paragraph four.',
].join('\n\n');
const article = makeArticle({ id: 'a1', text: TEXT });
const paras = paragraphSpans(TEXT);

function retrievalOf(indexes: number[]): Retrieval {
  return {
    articles: [article],
    passages: indexes.map((i) => ({
      articleId: 'a1',
      start: paras[i]!.start,
      end: paras[i]!.end,
      score: 1,
      pinned: false,
    })),
    pinnedOverBudget: false,
  };
}

function cite(data: string, needle: string, documentIndex = 0) {
  const start = data.indexOf(needle);
  if (start < 0) throw new Error(`not in document: ${needle}`);
  return {
    type: 'char_location',
    document_index: documentIndex,
    start_char_index: start,
    end_char_index: start + needle.length,
    cited_text: needle,
  };
}

describe('buildDocuments', () => {
  it('carries only the selected passages, separated where they are not adjacent', () => {
    const [doc] = buildDocuments(retrievalOf([3, 0]));
    expect(doc!.data).toBe(`First paragraph one.${PASSAGE_SEPARATOR}Fourth paragraph four.`);
  });

  it('keeps adjacent paragraphs as one exact copy of the article text', () => {
    const [doc] = buildDocuments(retrievalOf([1, 2]));
    expect(doc!.data).toBe('Second paragraph two.\n\nThird paragraph three.');
    expect(doc!.segments).toHaveLength(1);
  });

  it('gives the outlet, date and URL as context, "unknown" when missing', () => {
    expect(
      documentContext(makeArticle({ id: 'x', text: 't', outlet: null, publishedAt: null, url: null })),
    ).toBe('Outlet: unknown\nPublished: unknown\nURL: unknown');
  });
});

describe('citation offsets', () => {
  it('maps a citation in a later passage to its exact article offsets', () => {
    const docs = buildDocuments(retrievalOf([0, 3]));
    const out = resolveCitation(docs, cite(docs[0]!.data, 'Fourth paragraph'));
    const start = TEXT.indexOf('Fourth paragraph');
    expect(out).toEqual([{ articleId: 'a1', start, end: start + 16, text: 'Fourth paragraph' }]);
  });

  it('splits a citation that spans the separator into one citation per passage', () => {
    const docs = buildDocuments(retrievalOf([0, 3]));
    const out = resolveCitation(docs, cite(docs[0]!.data, `one.${PASSAGE_SEPARATOR}Fourth`));
    expect(out!.map((c) => c.text)).toEqual(['one.', 'Fourth']);
    for (const c of out!) expect(TEXT.slice(c.start, c.end)).toBe(c.text);
  });

  it('never maps a citation of the separator alone', () => {
    const docs = buildDocuments(retrievalOf([0, 3]));
    expect(resolveCitation(docs, cite(docs[0]!.data, '[…]'))).toBeNull();
    expect(mapToArticle(docs[0]!, docs[0]!.data.indexOf('['), docs[0]!.data.indexOf(']') + 1)).toEqual([]);
  });

  it('rejects a citation whose cited_text is not the document text at its range', () => {
    const docs = buildDocuments(retrievalOf([0]));
    expect(
      resolveCitation(docs, { ...cite(docs[0]!.data, 'First paragraph'), cited_text: 'First paragraf' }),
    ).toBeNull();
  });

  it('rejects unknown documents, out-of-range offsets and other citation types', () => {
    const docs = buildDocuments(retrievalOf([0]));
    const good = cite(docs[0]!.data, 'First');
    expect(resolveCitation(docs, { ...good, document_index: 1 })).toBeNull();
    expect(resolveCitation(docs, { ...good, end_char_index: 999 })).toBeNull();
    expect(resolveCitation(docs, { ...good, type: 'page_location' })).toBeNull();
  });

  it('accepts whitespace differences in cited_text but returns the article text', () => {
    const docs = buildDocuments(retrievalOf([1, 2]));
    const c = cite(docs[0]!.data, 'two.\n\nThird');
    const out = resolveCitation(docs, { ...c, cited_text: 'two. Third' });
    expect(out!.map((x) => x.text)).toEqual(['two.\n\nThird']);
  });

  it('reads code-point offsets when the text has characters outside the BMP', () => {
    const text = 'Fans cheered 🎉 loudly. The mayor spoke.';
    const a = makeArticle({ id: 'e', text });
    const docs = buildDocuments({
      articles: [a],
      passages: [{ articleId: 'e', start: 0, end: text.length, score: 1, pinned: false }],
      pinnedOverBudget: false,
    });
    const utf16 = text.indexOf('The mayor');
    const out = resolveCitation(docs, {
      type: 'char_location',
      document_index: 0,
      start_char_index: utf16 - 1,
      end_char_index: utf16 - 1 + 9,
      cited_text: 'The mayor',
    });
    expect(out).toEqual([{ articleId: 'e', start: utf16, end: utf16 + 9, text: 'The mayor' }]);
  });
});
