import { describe, expect, it } from 'vitest';
import { draftFromHtml } from '../../src/articles/formats/html.js';
import { readFixture } from './fixtures.js';

describe('page furniture inside the article container', () => {
  it('keeps the article and its captions, and drops player controls, credits, promos and links elsewhere', async () => {
    const draft = await draftFromHtml(readFixture('furniture-page.html'), { source: 'furniture-page.html' });
    expect(draft.text.split('\n\n')).toEqual([
      'The night ferry leaves the east pier.',
      'The Tidewater ferry will add three night crossings from November, the harbor authority said on Thursday, after commuters asked for a later boat for two years.',
      'The last boat will leave the east pier at 11:40 p.m. on weekdays. Fares will not change, a spokeswoman for the authority said.',
      'Workers repaint the pier railings.',
      '"People who work late have waited long enough," said Councillor Bram Ostrova, who proposed the change in the spring.',
    ]);
  });

  it('reads the byline and the printed date, keeping its time zone', async () => {
    const draft = await draftFromHtml(readFixture('furniture-page.html'), { source: 'furniture-page.html' });
    expect(draft).toMatchObject({
      title: 'Tidewater Ferry Adds Night Crossings',
      outlet: 'Tidewater Ledger',
      byline: 'Oona Falk',
      publishedAt: '2024-10-03T18:15:00-04:00',
      publishedAtSource: 'text',
    });
  });
});
