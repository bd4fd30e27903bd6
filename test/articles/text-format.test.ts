import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../src/articles/formats/text.js';
import { readFixture } from './fixtures.js';

describe('draftFromText (plain text)', () => {
  it('takes the first line after boilerplate as the headline and the outlet from the copyright line', () => {
    const content = readFixture('harbor-gazette.txt');
    const draft = draftFromText(content, 'harbor-gazette.txt', 'text');
    expect(draft.title).toBe('Harbor Council Approves New Ferry Route to Pelican Island');
    expect(draft.outlet).toBe('Harbor Gazette');
    expect(draft.text.startsWith('The Harbor City council voted 7-2')).toBe(true);
    expect(draft.text.split('\n\n')).toHaveLength(4);
    expect(draft.publishedAt).toBeNull();
    expect(draft.publishedAtSource).toBe('unknown');
    expect(draft.language).toBe('en');
    expect(draft.raw).toEqual({ kind: 'text', source: 'harbor-gazette.txt', content });
  });

  it('strips a tag list from the headline line', () => {
    const draft = draftFromText(readFixture('storm-tags.txt'), 'storm.txt', 'text');
    expect(draft.title).toBe('Storm Closes Mountain Pass for Third Day');
    expect(draft.text.startsWith('Snow and high winds')).toBe(true);
    expect(draft.text.endsWith('the spokesperson said.')).toBe(true);
  });

  it('reads the dateline below the headline as the publication date from the text', () => {
    const draft = draftFromText(readFixture('airline-dateline.txt'), 'airline.txt', 'text');
    expect(draft.title).toBe('Glacier Airline Cuts 300 Jobs');
    expect(draft.publishedAt).toBe('2009-03-03');
    expect(draft.publishedAtSource).toBe('text');
    expect(draft.text).toBe(
      'March 3, 2009\n\nGlacier Airline said on Tuesday that it would cut 300 jobs as bookings fell.\n\nThe carrier blamed weaker demand for winter flights.\n\nIts shares fell 4 percent.',
    );
  });

  it('fails with a clear message when there is a headline but no body', () => {
    expect(() => draftFromText('Just a headline\n', 'x.txt', 'text')).toThrow('no article text found');
  });
});

describe('draftFromText (markdown)', () => {
  it('strips heading marks, emphasis, images and link syntax and reads front matter', () => {
    const draft = draftFromText(readFixture('ferry.md'), 'ferry.md', 'markdown');
    expect(draft.title).toBe('Ferry Fares to Rise in June');
    expect(draft.outlet).toBe('Harbor Gazette');
    expect(draft.byline).toBe('Mira Chen');
    expect(draft.url).toBe('https://gazette.example/ferry-fares');
    expect(draft.publishedAt).toBe('2024-03-14');
    expect(draft.publishedAtSource).toBe('metadata');
    expect(draft.text).toBe(
      [
        'Bayline Co. will raise adult fares by 50 cents on June 1, the company said on Thursday, citing higher fuel costs.',
        'The increase was approved by the Harbor Transit Board after a short public hearing.',
        '"Nobody likes paying more," board chair Tom Ruiz said.',
        'Monthly passes are not affected.',
        'Children under 12 still ride free.',
      ].join('\n\n'),
    );
    expect(draft.raw.kind).toBe('markdown');
  });

  it('takes the first heading as the headline when there is no front matter', () => {
    const draft = draftFromText(
      '## Pier *Reopens*\n\nThe [pier](http://x.example) reopened on Monday after repairs.',
      'p.md',
      'markdown',
    );
    expect(draft.title).toBe('Pier Reopens');
    expect(draft.text).toBe('The pier reopened on Monday after repairs.');
  });
});
