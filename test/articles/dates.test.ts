import { describe, expect, it } from 'vitest';
import { datelineDate, normalizeDate } from '../../src/articles/metadata/dates.js';

describe('normalizeDate', () => {
  it.each([
    ['2023-09-05', '2023-09-05'],
    ['2023-09-05T10:30:00Z', '2023-09-05T10:30:00Z'],
    ['2023-09-05T10:30:00+0200', '2023-09-05T10:30:00+02:00'],
    ['2023-09-05 10:30', '2023-09-05T10:30:00'],
    ['2023-09-05T10:30:15.250-05:00', '2023-09-05T10:30:15.250-05:00'],
    ['Tue, 05 Sep 2023 10:00:00 GMT', '2023-09-05T10:00:00Z'],
    ['Tue, 05 Sep 2023 10:00:00 +0200', '2023-09-05T10:00:00+02:00'],
    ['Wed, 17 Jan 2018 15:50:00 EST', '2018-01-17T15:50:00-05:00'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T19:42:40-03:00'],
    ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00Z'],
    ['Sat, Dec 16 2023 02:02:33 PM', '2023-12-16T14:02:33'],
    ['December 12, 2008', '2008-12-12'],
    ['Friday, Dec. 12 2008', '2008-12-12'],
    ['12 December 2008', '2008-12-12'],
    ['2008/12/12', '2008-12-12'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2023-02-30', '2023-13-01', 'sometime in 2020', '2023-09-05T25:00:00Z'])(
    'rejects %j',
    (input) => {
      expect(normalizeDate(input)).toBeNull();
    },
  );
});

describe('datelineDate', () => {
  it('reads a first line that is a date', () => {
    expect(datelineDate('December 12, 2008\n\nThe Senate voted on Friday.')).toBe('2008-12-12');
  });

  it('reads a place-and-date dateline followed by a dash', () => {
    expect(datelineDate('HARBOR CITY, March 3, 2009 — The council voted on Tuesday.')).toBe('2009-03-03');
  });

  it('ignores dates later in the first paragraph', () => {
    expect(datelineDate('The council met on March 3, 2009 and voted.')).toBeNull();
    expect(datelineDate('March 3, 2009 was a busy day for the council.')).toBeNull();
  });

  it('ignores a date that is not on the first line', () => {
    expect(datelineDate('The council voted.\n\nMarch 3, 2009')).toBeNull();
  });
});
