import { describe, expect, it } from 'vitest';
import { visibleDate } from '../../src/articles/metadata/visible-date.js';

describe('dates as pages print them', () => {
  it.each([
    ['Published 5:04 PM EDT, Tue September 5, 2023', '2023-09-05T17:04:00-04:00'],
    ['Updated 9:30 AM ET, Mon January 8, 2024', '2024-01-08T09:30:00-05:00'],
    ['Published 9:30 AM ET, Mon July 8, 2024', '2024-07-08T09:30:00-04:00'],
    ['Dec. 6, 2024, 10:00 PM UTC', '2024-12-06T22:00:00Z'],
    ['Tuesday, March 4, 2025 at 11:05 a.m. PT', '2025-03-04T11:05:00-08:00'],
    ['5 September 2023 17:04 BST', '2023-09-05T17:04:00+01:00'],
    ['Posted: 2 June 2021 08:15 GMT+2', '2021-06-02T08:15:00+02:00'],
  ])('reads %j with its time zone', (printed, iso) => {
    expect(visibleDate(printed)).toBe(iso);
  });

  it.each([
    ['March 11, 2015 3:46 PM', '2015-03-11'],
    ['Feb. 21, 2019', '2019-02-21'],
    ['September 5, 2023 5:04 PM XYZ', '2023-09-05'],
  ])('keeps only the day of %j, whose moment it cannot tell', (printed, day) => {
    expect(visibleDate(printed)).toBe(day);
  });

  it.each(['1:39 PM ET', 'February 30, 2020', 'The council met on March 4, 2025.', 'Published', ''])(
    'reads nothing from %j',
    (printed) => {
      expect(visibleDate(printed)).toBeNull();
    },
  );
});
