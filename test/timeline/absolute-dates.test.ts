import { describe, expect, it } from 'vitest';
import { dated, dates } from './helpers.js';

describe('explicit dates keep exactly the precision written', () => {
  it('keeps a month with a year at month precision, never the 1st', () => {
    expect(dated('The wing closed in March 2022 after an inspection.', null)).toEqual([
      { date: '2022-03', precision: 'month', dateText: 'in March 2022' },
    ]);
  });

  it('keeps a bare year at year precision', () => {
    expect(dated('The plan was first proposed in 2019.', null)).toEqual([
      { date: '2019', precision: 'year', dateText: 'in 2019' },
    ]);
  });

  it('keeps a full date at day precision in either order', () => {
    expect(dates('The museum was founded on May 4, 1911.', null)).toEqual(['1911-05-04']);
    expect(dates('The satellite launched on 12 October 2016.', null)).toEqual(['2016-10-12']);
  });

  it('writes a season with an explicit year as an EDTF season', () => {
    expect(dated('The terminal opened in the fall of 2021.', null)).toEqual([
      { date: '2021-23', precision: 'season', dateText: 'in the fall of 2021' },
    ]);
  });

  it('takes the first year of a range like "2010-11"', () => {
    expect(dates('Production will move to Alabama by 2010-11.', null)).toEqual(['2010']);
  });
});

describe('without a publication date', () => {
  it('writes a year-less month as XXXX-MM', () => {
    expect(dated('In July, both Russia and China sent delegations.', null)).toEqual([
      { date: 'XXXX-07', precision: 'month', dateText: 'In July' },
    ]);
  });

  it('drops every expression that needs a reference day', () => {
    const text = [
      'The ministry confirmed it last month.',
      'The minister visited earlier this summer.',
      'The vote was held on Tuesday.',
      'Markets fell yesterday.',
      'Talks resume next week.',
      'A summit is planned later this month.',
    ].join(' ');
    expect(dates(text, null)).toEqual([]);
  });

  it('drops a year-less season, since XXXX-22 is not standard EDTF', () => {
    expect(dates('The museum may extend its hours in the summer.', null)).toEqual([]);
  });

  it('uses a dateline of a full date as the publication day and does not list it as an event', () => {
    const text = 'December 12, 2008\n\nThe Senate rejected the bill on Thursday.';
    expect(dated(text, null)).toEqual([{ date: '2008-12-11', precision: 'day', dateText: 'on Thursday' }]);
  });
});

describe('seasons', () => {
  it('dates "last summer" written in February to the previous year', () => {
    expect(dates('The engine test was completed last summer.', '2025-02-11')).toEqual(['2024-22']);
  });

  it('labels a winter by the year it begins in', () => {
    expect(dates('Forecasters warn the coming winter could be dry.', '2022-10-20')).toEqual(['2022-24']);
    expect(dates('Last winter brought little snow.', '2023-04-10')).toEqual(['2022-24']);
  });

  it('dates a future "this spring" written in January to the coming spring', () => {
    expect(dates('The governor is expected to begin campaigning this spring.', '2024-01-08')).toEqual([
      '2024-21',
    ]);
  });
});
