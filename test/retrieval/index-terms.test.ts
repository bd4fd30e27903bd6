import { describe, expect, it } from 'vitest';
import { paragraphSpans } from '../../src/articles/passages.js';
import { queryTermsByParagraph } from '../../src/retrieval/score.js';
import { contentTerms } from '../../src/retrieval/terms.js';

// Fictional text written for this test.
const TEXT = [
  'The island council ferried forty volunteers to the north shore on Sunday.',
  'Negotiating the new timetable took the operators most of the winter.',
  'A ferryman said the weather had been kind.',
].join('\n\n');

describe('passage matching agrees with the stemmed search index', () => {
  it('finds the paragraphs holding any word the index stems like a query word', () => {
    const terms = contentTerms('ferry negotiations');
    const found = queryTermsByParagraph(TEXT, paragraphSpans(TEXT), terms);
    expect(found.map((s) => [...s].sort())).toEqual([['ferry'], ['negotiation'], []]);
  });

  it('still matches the plain inflections it matched before', () => {
    const terms = contentTerms('operator timetables');
    const found = queryTermsByParagraph(TEXT, paragraphSpans(TEXT), terms);
    expect(found.map((s) => [...s].sort())).toEqual([[], ['operator', 'timetable'], []]);
  });
});
