import { describe, expect, it } from 'vitest';
import { dated, dates } from './helpers.js';

// 2024-06-05 is a Wednesday.
const PUB = '2024-06-05';

describe('offsets from another dated event in the same article', () => {
  it('dates "two days later" from a day in the sentence before, at day precision', () => {
    const text = 'The satellite was launched on 12 October 2016. Two days later, it sent its first images.';
    expect(dated(text, PUB)).toEqual([
      { date: '2016-10-12', precision: 'day', dateText: 'on 12 October 2016' },
      { date: '2016-10-14', precision: 'day', dateText: 'Two days later' },
    ]);
  });

  it('dates "the next day", "the day before" and "that afternoon" from a day', () => {
    expect(dates('Emery was arrested on March 11, 2023. He resigned the next day.', PUB)).toEqual([
      '2023-03-11',
      '2023-03-12',
    ]);
    expect(dates('The final was played on May 20. Fans had camped outside the day before.', PUB)).toEqual([
      '2024-05-20',
      '2024-05-19',
    ]);
    expect(dates('The verdict came on May 20. Protesters gathered that afternoon.', PUB)).toEqual([
      '2024-05-20',
      '2024-05-20',
    ]);
  });

  it('chains an offset from an event dated by an offset', () => {
    const text =
      'The trial opened on May 20. Three days later, the deputy testified. The next day, the defence rested.';
    expect(dates(text, PUB)).toEqual(['2024-05-20', '2024-05-23', '2024-05-24']);
  });

  it('dates month and year offsets at the anchor’s precision or coarser', () => {
    expect(
      dates('The closure was announced in October. The following month, the state stepped in.', PUB),
    ).toEqual(['2023-10', '2023-11']);
    expect(
      dates('The first case was reported in early June. A month later, 14 children were ill.', PUB),
    ).toEqual(['2024-06', '2024-07']);
    expect(
      dates('The law was changed in 2009. A court struck down part of it two years later.', PUB),
    ).toEqual(['2009', '2011']);
    expect(dates('The mill opened on March 3, 2001. It was sold the following year.', PUB)).toEqual([
      '2001-03-03',
      '2002',
    ]);
  });

  it('dates "the following week" to a month only when that whole week lies in one month', () => {
    expect(
      dates('The council approved the route on April 29. The following week, shops were told.', PUB),
    ).toEqual(['2024-04-29', '2024-05']);
    expect(
      dates('The council approved the route on April 22. The following week, shops were told.', PUB),
    ).toEqual(['2024-04-22']);
  });

  it('dates "a day after the vote" from the one dated sentence that mentions the vote', () => {
    const text =
      'The council vote took place on Monday. Officials praised the turnout on Tuesday. A day after the vote, the mayor resigned.';
    expect(dates(text, PUB)).toEqual(['2024-06-03', '2024-06-04', '2024-06-04']);
  });

  it('reads the named event up to its own words ("the morning after the debate because …")', () => {
    const text =
      'The debate was held on Sunday night. He wore the sweater again the morning after the debate because it was famous.';
    expect(dates(text, PUB)).toEqual(['2024-06-02', '2024-06-03']);
  });

  it('takes a named event only from a sentence that names it next to its date', () => {
    const text =
      'The department will post more pages on Friday, the last drop before the election. Critics attacked the decision to publicise the move 11 days before the election.';
    expect(dates(text, PUB)).toEqual(['2024-06-07']);
  });

  it('drops a named offset when no dated sentence, or several with different dates, mention the event', () => {
    expect(dates('Stocks rose on Monday. Two days after the election, they fell.', PUB)).toEqual([
      '2024-06-03',
    ]);
    const text =
      'Early voting opened on May 6. A vote on the levy is set for July. A day after the vote, the board met.';
    expect(dates(text, PUB)).toEqual(['2024-05-06', '2024-07']);
  });

  it('drops an offset finer than its anchor, or with no dated event close before it', () => {
    expect(dates('A contractor was hired in March 2020. Two weeks later, work halted.', PUB)).toEqual([
      '2020-03',
    ]);
    expect(dates('The agency was founded in 1990. Two days later, it hired a director.', PUB)).toEqual([
      '1990',
    ]);
    const far =
      'The plant opened on May 2. It employs 300 people. Most live nearby. Pay is good. Two days later, it shut.';
    expect(dates(far, PUB)).toEqual(['2024-05-02']);
    expect(dates('Two days later, the rover sent images.', PUB)).toEqual([]);
  });

  it('drops an offset that dates a baseline figure', () => {
    expect(
      dates('Sales rose on May 2. Revenue reached $3 billion, up from $2.1 billion a year earlier.', PUB),
    ).toEqual(['2024-05-02']);
  });

  it('drops durations that look like offsets and offsets inside quotes', () => {
    expect(dates('The store opened on May 2. It will hire 200 people over the next year.', PUB)).toEqual([
      '2024-05-02',
    ]);
    expect(dates('The plant opened on May 2. "Two days later, we were full," she said.', PUB)).toEqual([
      '2024-05-02',
    ]);
  });
});
