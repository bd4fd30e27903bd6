import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDatedEvents } from '../../src/answers/timeline/index.js';
import { dated, dates } from './helpers.js';

// 2026-03-07 is a Saturday; 2025-09-15 a Monday; 2027-12-28 a Tuesday.
const PUB = '2026-03-07';

describe('a year-less month or weekday resolves in the direction the sentence looks', () => {
  it('dates the sample newsroom’s "expected the bridge to reopen … in late April" to the coming April', () => {
    const article = JSON.parse(
      readFileSync(new URL('../../examples/example-gazette-2026-03-07.json', import.meta.url), 'utf8'),
    ) as { text: string; published_at: string };
    const events = extractDatedEvents({ text: article.text, publishedAt: article.published_at });
    const reopen = events.find((e) => e.dateText === 'in late April');
    expect(reopen?.date).toBe('2026-04');
  });

  it('reads "expected … to", "is still expected to" and "expects" as the future', () => {
    expect(dates('Ruiz said the city expected the bridge to reopen to cars in late April.', PUB)).toEqual([
      '2026-04',
    ]);
    expect(dates('The bridge is still expected to reopen in late April, the city said.', PUB)).toEqual([
      '2026-04',
    ]);
    expect(
      dates('The authority said it expected water restrictions to end by October.', '2022-08-30'),
    ).toEqual(['2022-10']);
  });

  it('reads "should", "must" and "is due" as the future', () => {
    expect(dates('The new ferry should enter service in February.', PUB)).toEqual(['2027-02']);
    expect(dates('Contractors must finish the deck by January.', PUB)).toEqual(['2027-01']);
    expect(dates('The final report is due in February.', PUB)).toEqual(['2027-02']);
  });

  it('takes a month after "scheduled for" as a date, but not after any "for"', () => {
    expect(dates('A separate vote on a library levy is scheduled for July.', '2022-11-10')).toEqual([
      '2023-07',
    ]);
    expect(dates('Backbench support for May collapsed overnight.', '2019-03-20')).toEqual([]);
  });

  it('reads a deadline "by" with no other tense cue as the future', () => {
    expect(dates('A decision on the tolls by February, the council hopes.', PUB)).toEqual(['2027-02']);
  });

  it('takes the tense of "will be held" from its auxiliary, not from the participle', () => {
    expect(dates('A job fair for drivers will be held on Friday at the library.', '2027-12-28')).toEqual([
      '2027-12-31',
    ]);
  });

  it('does not read a participle used as an adjective as the past', () => {
    expect(
      dates('The orchestra will play the first concert in the renovated hall on Feb. 14.', '2025-09-15'),
    ).toEqual(['2026-02-14']);
  });

  it('reads irregular past verbs as the past', () => {
    expect(dates('The company bought the site in March and broke ground in April.', '2027-12-28')).toEqual([
      '2027-03',
    ]);
  });

  it('keeps past statements pointing back', () => {
    expect(dates('The storm had passed by February, officials said.', PUB)).toEqual(['2026-02']);
    expect(dates('The bridge was last inspected in October.', PUB)).toEqual(['2025-10']);
  });
});

describe('periods named relative to the publication day', () => {
  it('dates "by the end of the year" to the publication year', () => {
    expect(dated('Tidewell must hire 40 crew members by the end of the year.', '2025-12-10')).toEqual([
      { date: '2025', precision: 'year', dateText: 'by the end of the year' },
    ]);
  });

  it('dates a past "at the end of the year" early in a year to the year before', () => {
    expect(dates('At the end of the year, the automaker had 54,000 employees.', '2009-02-18')).toEqual([
      '2008',
    ]);
  });

  it('dates "later in the year" to the publication year, not a year ahead', () => {
    expect(dated('A cheaper model is due later in the year.', '2026-01-08')).toEqual([
      { date: '2026', precision: 'year', dateText: 'later in the year' },
    ]);
  });

  it('keeps "the end of the month" at month precision', () => {
    expect(dated('The agency will decide by the end of the month.', PUB)).toEqual([
      { date: '2026-03', precision: 'month', dateText: 'by the end of the month' },
    ]);
  });
});

describe('week-sized phrases are dated to their month when the whole week lies in it', () => {
  it('dates "next week" and "last week" to the month that holds the whole week', () => {
    // published Monday 9 March 2026: next week is 15–22 March however a week is counted
    expect(dated('The council will hold a hearing on the report next week.', '2026-03-09')).toEqual([
      { date: '2026-03', precision: 'month', dateText: 'next week' },
    ]);
    expect(dates('Comey sent the letter to Congress last week.', '2016-11-01')).toEqual(['2016-10']);
  });

  it('drops a week that straddles two months', () => {
    // published Monday 22 July 2019: next week runs 28 July – 4 August
    expect(dates('Vaccination clinics will open in both schools next week.', '2019-07-22')).toEqual([]);
  });

  it('dates "this weekend" by tense and drops "the past week" as a duration', () => {
    expect(dates('The orchestra’s season opens this weekend.', '2025-09-15')).toEqual(['2025-09']);
    expect(dates('Markets had difficulties during the past week.', '2008-09-17')).toEqual([]);
  });

  it('drops a week-sized phrase inside a quote, which counts from when it was said', () => {
    expect(dates('"We will know more next week," she said.', '2026-03-09')).toEqual([]);
  });
});
