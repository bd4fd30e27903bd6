import { describe, expect, it } from 'vitest';
import { dated, dates } from './helpers.js';

// 2023-09-05 is a Tuesday.
const PUB = '2023-09-05';

describe('relative dates resolve against the publication day', () => {
  it('dates "In July" to July of the publication year, keeping the article wording', () => {
    expect(dated('In July, both delegations travelled to the capital.', PUB)).toEqual([
      { date: '2023-07', precision: 'month', dateText: 'In July' },
    ]);
  });

  it('dates "earlier this summer" to the summer season of the publication year', () => {
    expect(dated('Officials met in the port city earlier this summer.', PUB)).toEqual([
      { date: '2023-22', precision: 'season', dateText: 'earlier this summer' },
    ]);
  });

  it('dates "later this month" to the publication month', () => {
    expect(dated('The two leaders are planning to meet later this month.', PUB)).toEqual([
      { date: '2023-09', precision: 'month', dateText: 'later this month' },
    ]);
  });

  it('dates "last month" to the month before publication, at month precision', () => {
    expect(dated('Last month, the ministry confirmed the talks.', PUB)).toEqual([
      { date: '2023-08', precision: 'month', dateText: 'Last month' },
    ]);
  });

  it('dates a past-tense weekday to the most recent such day, the publication day included', () => {
    expect(dates('The committee voted on Monday.', PUB)).toEqual(['2023-09-04']);
    expect(dates('The committee voted on Tuesday.', PUB)).toEqual(['2023-09-05']);
    expect(dates('The committee voted on Wednesday.', PUB)).toEqual(['2023-08-30']);
  });

  it('dates a future weekday to the next such day', () => {
    expect(dates('The committee will vote on Friday.', PUB)).toEqual(['2023-09-08']);
    expect(dates('The hearing is scheduled for Monday.', PUB)).toEqual(['2023-09-11']);
  });

  it('dates "last Tuesday" strictly before the publication day', () => {
    expect(dates('The bill passed last Tuesday.', PUB)).toEqual(['2023-08-29']);
  });

  it('keeps day precision when a time of day is given', () => {
    expect(dated('Police arrived on Monday night at 9 p.m.', PUB)).toEqual([
      { date: '2023-09-04', precision: 'day', dateText: 'on Monday night at 9 p.m' },
    ]);
  });

  it('dates yesterday and today to days', () => {
    expect(dates('The index fell sharply yesterday.', PUB)).toEqual(['2023-09-04']);
    expect(dates('Markets rallied today.', PUB)).toEqual(['2023-09-05']);
  });

  it('dates week-sized expressions to their month, never to a day', () => {
    expect(dated('The talks resume next week.', PUB)).toEqual([
      { date: '2023-09', precision: 'month', dateText: 'next week' },
    ]);
    expect(dates('Prices rose this week.', PUB)).toEqual(['2023-09']);
    expect(dates('The senator spoke last weekend.', PUB)).toEqual(['2023-09']);
    // the week before 5 September 2023 runs from 27 August
    expect(dates('Prices rose last week.', PUB)).toEqual([]);
  });

  it('drops durations and anaphoric offsets', () => {
    expect(dates('Trump spoke for about 15 minutes.', PUB)).toEqual([]);
    expect(dates('Something happened in the last month.', PUB)).toEqual([]);
    expect(dates('Two days later, the rover sent images.', PUB)).toEqual([]);
    expect(dates('The terminal has not been renovated in 30 years.', PUB)).toEqual([]);
  });

  it('dates a year-less month to the next occurrence when the sentence is about the future', () => {
    expect(dates('The new terminal will open in January.', PUB)).toEqual(['2024-01']);
    expect(dates('The new terminal opened in January.', PUB)).toEqual(['2023-01']);
  });

  it('reads a simple-present scheduling verb as the future', () => {
    expect(dates('The season ends in May.', PUB)).toEqual(['2024-05']);
    expect(dates('A temporary ferry service starts on Monday.', PUB)).toEqual(['2023-09-11']);
  });

  it('reads a passive or infinitive future as the future', () => {
    expect(dates('Evacuation orders will be lifted Saturday if winds stay calm.', PUB)).toEqual([
      '2023-09-09',
    ]);
    expect(dates('Crews expect to have the fire fully contained by mid-July.', PUB)).toEqual(['2024-07']);
  });

  it('drops a year-less date in a habitual clause', () => {
    expect(dates('Fire season in the region usually peaks in August.', PUB)).toEqual([]);
    expect(dates('The board meets every Tuesday.', PUB)).toEqual([]);
    expect(dates('The company, which has always paid dividends, cut them on Tuesday.', PUB)).toEqual([
      '2023-09-05',
    ]);
  });

  it('dates an event that "did not begin until" a date, or was "delayed until" it, to that date', () => {
    expect(dates('Work on the roof did not begin until June.', PUB)).toEqual(['2023-06']);
    expect(dates('The first delivery will be delayed until October 2024.', PUB)).toEqual(['2024-10']);
    expect(dates('The bridge would stay closed until at least June.', PUB)).toEqual([]);
  });

  it('reads a year after "scheduled for" as a date', () => {
    expect(dates('The next full inspection is scheduled for 2026.', PUB)).toEqual(['2026']);
    expect(dates('The fund paid for 2026 tickets.', PUB)).toEqual([]);
  });

  it('dates "last December" a year back when written in December', () => {
    expect(dates('The firms first discussed a deal last December.', '2020-12-30')).toEqual(['2019-12']);
  });

  it('keeps "end of last year" at year precision', () => {
    expect(dated('At the end of last year, the company had 54,000 employees.', PUB)).toEqual([
      { date: '2022', precision: 'year', dateText: 'At the end of last year' },
    ]);
  });

  it('drops a quoted relative day, which counts from when it was said', () => {
    expect(dates('"Tonight, we make history," she told the crowd.', PUB)).toEqual([]);
  });
});
