import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../src/articles/clean/boilerplate.js';
import { cleanText } from '../../src/articles/clean/clean.js';
import { outletFromCopyright } from '../../src/articles/clean/copyright.js';
import { stripTagList } from '../../src/articles/clean/headline.js';
import { readFixture } from './fixtures.js';

describe('cleanText on scraped pages', () => {
  it('removes navigation, cross-link, newsletter and copyright lines and the repeated headline', () => {
    const result = cleanText(readFixture('harbor-gazette.txt'), {
      title: 'Harbor Council Approves New Ferry Route to Pelican Island',
    });
    expect(result.text).toBe(
      [
        'The Harbor City council voted 7-2 on Tuesday to approve a new ferry route linking the downtown pier with Pelican Island, ending a two-year dispute over the service.',
        'Mayor Lena Ortiz said the route would start in the spring. "This is a good day for commuters," she told reporters after the vote.',
        "Opponents argued that the ferry would crowd the island's small marina. Councilman Dale Reyes said he would ask for a review of the noise study.",
        'The ferry operator, Bayline Co., expects to carry about 1,200 passengers a day in its first year.',
      ].join('\n\n'),
    );
    expect(result.outlet).toBe('Harbor Gazette');
    expect(result.removed).toHaveLength(7);
  });

  it('removes a title line with a tag list, a relative-age line, hashtag blocks and "Recommended"', () => {
    const result = cleanText(readFixture('storm-tags.txt'), {
      title: 'Storm Closes Mountain Pass for Third Day',
    });
    expect(result.text).toBe(
      [
        'Snow and high winds kept the Cedar Ridge pass closed for a third day on Sunday, state highway officials said.',
        'Crews have cleared about half of the 12-mile stretch, according to a spokesperson for the highway department. The pass is expected to reopen on Wednesday.',
        '"We are asking drivers to be patient," the spokesperson said.',
      ].join('\n\n'),
    );
    expect(result.outlet).toBeNull();
  });

  it('removes the headline only near the top, not a later paragraph that quotes it', () => {
    const body = 'One.\n\nTwo.\n\nThree.\n\nFerry Route Approved';
    expect(cleanText(body, { title: 'Ferry Route Approved' }).text).toBe(body);
    expect(cleanText(`Ferry route approved.\n\n${body}`, { title: 'Ferry Route Approved' }).text).toBe(body);
  });
});

describe('cleanText bylines', () => {
  it('removes a "By …" line near the top and reports the name', () => {
    const result = cleanText('By Leo Marsh and Ida Kwan\n\nThe frost hit in April.');
    expect(result.text).toBe('The frost hit in April.');
    expect(result.byline).toBe('Leo Marsh and Ida Kwan');
  });

  it('removes a line that repeats the known byline', () => {
    expect(cleanText('Priya Nair\n\nThe buses start Monday.', { byline: 'Priya Nair' }).text).toBe(
      'The buses start Monday.',
    );
  });

  it('keeps a sentence that starts with "By"', () => {
    const body = 'By Tuesday, the storm had passed.\n\nCrews cleared the road.';
    expect(cleanText(body).text).toBe(body);
  });
});

describe('isBoilerplateLine keeps article sentences', () => {
  it.each([
    'Follow Dana Price on Twitter @danaprice or email the author at dana@example.com.',
    "You can also read the full report on the agency's website.",
    'Related: the council also approved a new budget for the harbor police, which had asked for more patrol boats this summer and will now hire six officers.',
    'Share prices fell 4 percent in early trading.',
    'More than 300 people attended the meeting.',
    'Recommended changes to the plan were published on Monday.',
    'Copyright law experts said the ruling could reach the Supreme Court, because the publisher has argued for years that the statute covers news summaries written by software and sold to other outlets.',
    '#1 seed Harbor City won the final.',
    'Editor’s note: This story has been updated.',
    'ABSTRACT.',
    'March 01, 2008',
    'She previously worked for Reuters.',
    'Source: the ministry said it would publish the figures on Monday.',
    'More than 40 boats: the largest fleet the harbor has seen.',
    'Photographers were kept behind a fence at the pier.',
  ])('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    'Connect with us',
    'Follow Us On Social Media:',
    'SHARE',
    'Facebook Twitter WhatsApp Email',
    'Related: Harbor City Names New Fire Chief',
    'Read more: Ferry fares to rise in June',
    'You can also readHarbor City Names New Fire Chief',
    '• 8 months ago',
    'Updated 3 hours ago',
    '© 2023 Harbor Gazette. All rights reserved.',
    '#Ferry #HarborCity',
    'Advertisement',
    'Photo: Mira Chen / Harbor Gazette',
    '(Bild: Hafenamt Nord)',
    'Foto: Diario del Puerto',
    '(All photos: Gazette staff)',
    'KIM LARSEN via Getty Images.',
    'Rafe Lind/Reuters',
    'Play Video',
    'Image',
    '/',
    'Lire aussi : Le conseil vote le budget du port',
    'More local news:',
    '[责任编辑:王明]',
    'Sports & Leisure —',
    "OONA FALK IS THE LEDGER'S TRANSPORT EDITOR",
    'Sign up for Harbor Notes, our weekly newsletter about the waterfront.',
    '[What you need to know today: Get Harbor Notes in your inbox.]',
  ])('removes %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });
});

describe('credits glued to a caption', () => {
  it.each([
    [
      'The new lamp is lit for the first time - Image: Harbor Trust',
      'The new lamp is lit for the first time',
    ],
    ['The storage rules would last two years. Source: Supplied', 'The storage rules would last two years.'],
    ['Workers repaint the railings.CreditRafe Lind for the Ledger', 'Workers repaint the railings.'],
  ])('takes the credit off %j', (line, caption) => {
    expect(cleanText(line).text).toBe(caption);
  });

  it('leaves a caption without a credit, and a sentence that mentions a source, alone', () => {
    const text = 'Workers repaint the railings.\n\nThe source: a council memo seen by the Ledger, dated May.';
    expect(cleanText(text).text).toBe(text);
  });
});

describe('outletFromCopyright', () => {
  it.each([
    ['Copyright © San Mateo Ledger', 'San Mateo Ledger'],
    ['© 2023 Harbor Gazette. All rights reserved.', 'Harbor Gazette'],
    ['Copyright 2019-2024 Alpine Media Group', 'Alpine Media Group'],
    ['(c) 2022, The Valley Times', 'The Valley Times'],
  ])('reads %j as %j', (line, outlet) => {
    expect(outletFromCopyright(line)).toBe(outlet);
  });

  it('returns null when the line names no one or is not a copyright line', () => {
    expect(outletFromCopyright('© 2023')).toBeNull();
    expect(outletFromCopyright('The Harbor Gazette reported it first.')).toBeNull();
  });
});

describe('stripTagList', () => {
  it('removes a tag list after the headline', () => {
    expect(stripTagList('Storm Closes Pass | Weather | Alpine County')).toBe('Storm Closes Pass');
  });

  it('keeps a headline whose parts after a bar are not tags', () => {
    const title = 'Storm closes pass | officials say the road will stay shut until the snow has been cleared';
    expect(stripTagList(title)).toBe(title);
  });
});
