import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answers/answer.js';
import { buildRenderModel, formatEdtf, groupBySpeaker } from '../../src/answers/render-model.js';
import { renderAnswerText } from '../../src/answers/render-text.js';

const c = (source: number): Citation => ({ source, articleId: `a${source}`, start: 0, end: 1, text: 'x' });
const sources = [
  {
    n: 1,
    articleId: 'a1',
    title: 'Bridge to close',
    outlet: 'Bayside Ledger',
    url: 'https://b.test/1',
    publishedAt: '2024-03-01T08:00:00Z',
  },
  { n: 2, articleId: 'a2', title: 'Council vote', outlet: null, url: null, publishedAt: null },
];

describe('text renderer', () => {
  it('groups quotes under speakers ordered by number of items, with footnote markers and sources', () => {
    const answer: Answer = {
      kind: 'quotes',
      query: 'bridge',
      engine: 'extractive',
      warnings: ['Removed 1 quote that does not appear verbatim in its source.'],
      sources,
      items: [
        {
          text: 'Ortiz said it was painful.',
          speaker: 'Lena Ortiz',
          quote: 'painful',
          quoteKind: 'reported',
          citations: [c(1)],
        },
        {
          text: '“No,” said Ray Kim.',
          speaker: 'Ray Kim',
          quote: 'No,',
          quoteKind: 'direct',
          citations: [c(2)],
        },
        {
          text: '“We must,” Ortiz said.\n\n“Now.”',
          speaker: 'Lena Ortiz',
          quote: 'We must,',
          quoteKind: 'direct',
          citations: [c(1), c(2), c(1)],
        },
      ],
    };
    expect(renderAnswerText(answer)).toBe(
      [
        'Who said what: bridge',
        '',
        'Lena Ortiz',
        '  - Ortiz said it was painful. [1]',
        '  - “We must,” Ortiz said. “Now.” [1][2]',
        '',
        'Ray Kim',
        '  - “No,” said Ray Kim. [2]',
        '',
        'Sources',
        '[1] Bridge to close — Bayside Ledger, 2024-03-01, https://b.test/1',
        '[2] Council vote — outlet unknown, date unknown',
        '',
        'Warnings',
        '! Removed 1 quote that does not appear verbatim in its source.',
        '',
        '(extractive, 2 sources)',
      ].join('\n'),
    );
  });

  it('prefixes timeline items with the date in words and the article wording', () => {
    const answer: Answer = {
      kind: 'timeline',
      query: '',
      engine: 'extractive',
      warnings: [],
      sources,
      items: [
        { text: 'In July, delegations arrived.', date: 'XXXX-07', dateText: 'In July', citations: [c(1)] },
        {
          text: 'The vote is planned for next Tuesday.',
          date: '2024-03-12',
          dateText: 'next Tuesday',
          citations: [c(2)],
        },
      ],
    };
    const lines = renderAnswerText(answer).split('\n');
    expect(lines[0]).toBe('Timeline');
    expect(lines[2]).toBe('- July (year unknown): In July, delegations arrived. [1]');
    expect(lines[3]).toBe('- 12 March 2024 (next Tuesday): The vote is planned for next Tuesday. [2]');
  });

  it('shows a line repeated under one speaker once, with every marker', () => {
    const answer: Answer = {
      kind: 'quotes',
      query: '',
      engine: 'extractive',
      warnings: [],
      sources,
      items: [
        {
          text: 'Ortiz said the plan, “a good one,” would pass.',
          speaker: 'Lena Ortiz',
          quote: 'the plan would pass',
          quoteKind: 'reported',
          citations: [c(1)],
        },
        {
          text: 'Ortiz said the plan, “a good one,” would pass.',
          speaker: 'Lena Ortiz',
          quote: 'a good one',
          quoteKind: 'direct',
          citations: [c(2)],
        },
      ],
    };
    expect(renderAnswerText(answer).split('\n').slice(2, 4)).toEqual([
      'Lena Ortiz',
      '  - Ortiz said the plan, “a good one,” would pass. [1][2]',
    ]);
  });

  it('strips terminal control sequences that came from article text', () => {
    const answer: Answer = {
      kind: 'summary',
      query: 'x',
      engine: 'extractive',
      warnings: [],
      sources: [{ ...sources[0]!, title: 'Evil\u001b[2Jtitle' }],
      items: [{ text: 'Clear\u001b]0;pwned\u0007 screen.', citations: [c(1)] }],
    };
    const text = renderAnswerText(answer);
    expect(text).not.toMatch(/[\u001b\u0007]/);
    expect(text).toContain('- Clear ]0;pwned  screen. [1]');
  });

  it('says plainly when no item survived verification', () => {
    const answer: Answer = {
      kind: 'summary',
      query: 'x',
      engine: 'extractive',
      warnings: ['Removed 2 items without a citation.'],
      sources: [],
      items: [],
    };
    expect(renderAnswerText(answer)).toContain('No statement could be given with a verified citation.');
  });
});

describe('render model', () => {
  it('formats EDTF dates at their own precision', () => {
    expect(
      ['2023-07', 'XXXX-07', '2023', '2023-22', '2023-07-26', 'XXXX-24', '2023-07?', 'garbage'].map(
        formatEdtf,
      ),
    ).toEqual([
      'July 2023',
      'July (year unknown)',
      '2023',
      'Summer 2023',
      '26 July 2023',
      'Winter (year unknown)',
      'July 2023 (approximate)',
      'garbage',
    ]);
  });

  it('keeps item order inside a speaker group and reports the newest source date', () => {
    const items = [
      { text: 'a', speaker: 'B', citations: [c(1)] },
      { text: 'b', speaker: 'A', citations: [c(1)] },
      { text: 'c', speaker: 'A', citations: [c(1)] },
    ];
    expect(groupBySpeaker(items).map((g) => [g.heading, g.items.map((i) => i.text)])).toEqual([
      ['A', ['b', 'c']],
      ['B', ['a']],
    ]);
    const model = buildRenderModel({ kind: 'quotes', query: '', engine: 'e', items, sources, warnings: [] });
    expect(model.newest).toBe('2024-03-01');
  });
});
