import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

const PUB = '2023-09-05';

describe('numbers and words that are not dates', () => {
  it('ignores sentence lengths, scores and counts', () => {
    expect(dates('Danny Masterson Sentenced to 30 Years to Life for Rape.', PUB)).toEqual([]);
    expect(dates('The council approved the plan on a 3-2 vote.', PUB)).toEqual([]);
    expect(dates('The plant will create 1,500 to 2,000 jobs.', PUB)).toEqual([]);
    expect(dates('The union represents 2000 workers.', PUB)).toEqual([]);
  });

  it('ignores ages', () => {
    expect(dates('Council member Dana Ortiz, 54, voted against it.', PUB)).toEqual([]);
  });

  it('ignores "may" the verb and May the name', () => {
    expect(dates('The mayor may veto the measure.', PUB)).toEqual([]);
    expect(dates('Union leader Teresa May led the strike.', PUB)).toEqual([]);
  });

  it('ignores "march" the noun and verb', () => {
    expect(dates('Opponents plan to march on City Hall.', PUB)).toEqual([]);
    expect(dates('She led a march through the city centre.', PUB)).toEqual([]);
  });

  it('ignores "Sun" the newspaper and weekdays inside names', () => {
    expect(dates('The fee was reported by the Sun to be 4 million pounds.', PUB)).toEqual([]);
    expect(dates('The Sunday Times first reported the story.', PUB)).toEqual([]);
    expect(dates('Clinton did well on Super Tuesday.', PUB)).toEqual([]);
  });

  it('ignores 24/7 and 9/11', () => {
    expect(dates('The firm sells 24/7 support contracts.', PUB)).toEqual([]);
    expect(dates('Security changed after 9/11.', PUB)).toEqual([]);
    expect(dates('Families marked the Sept. 11 attacks.', PUB)).toEqual([]);
  });

  it('ignores a year that only bounds or compares', () => {
    expect(dates('It was the first strike at the port since 2011.', PUB)).toEqual([]);
    expect(dates('Revenue was flat compared with $13.5 billion a year ago.', PUB)).toEqual([]);
  });

  it('ignores the date of a baseline figure and of an event named after "since"', () => {
    expect(dates('About 180 people still worked at the mill, down from 900 in 1995.', PUB)).toEqual([]);
    expect(dates('The cost has risen to 48 million euros, from 31 million in 2022.', PUB)).toEqual([]);
    expect(dates('Shares had risen 40 percent since the company’s listing in 2022.', PUB)).toEqual([]);
    expect(dates('The railway, closed since a landslide in 2016, will reopen.', PUB)).toEqual([]);
  });

  it('ignores attributive years and generic season words', () => {
    expect(dates('The Gold Reserve Act of 1934 allows this.', PUB)).toEqual([]);
    expect(dates('He deleted a 2011 tweet.', PUB)).toEqual([]);
    expect(dates('"The fall is always a gamble," the hydrologist said.', PUB)).toEqual([]);
    expect(dates('A winter storm closed the pass.', PUB)).toEqual([]);
  });

  it('ignores generic "of tomorrow" and possessive relative years', () => {
    expect(dates('He promised cars of tomorrow.', PUB)).toEqual([]);
    expect(dates("The bill ignores last year's analysis.", PUB)).toEqual([]);
  });

  it('skips lines that are nothing but a date', () => {
    expect(dates('• 8 months ago\n\nCopyright © 2023 San Francisco Post', PUB)).toEqual([]);
  });
});

describe('one item per sentence', () => {
  it('files a sentence under its governing date, not a date in a side clause', () => {
    expect(
      dates('In July, delegations visited for the first time since the pandemic began in 2020.', PUB),
    ).toEqual(['2023-07']);
  });

  it('prefers the event date over the date of the attribution', () => {
    expect(dates('The company said Tuesday it had cut 600 jobs in March.', PUB)).toEqual(['2023-03']);
    expect(
      dates('The mayor told reporters last Friday that the city applied for a grant in January.', PUB),
    ).toEqual(['2023-01']);
  });

  it('prefers the main clause over a comma-bounded side clause', () => {
    expect(dates('Smith, who joined the firm in 2010, resigned on Friday.', PUB)).toEqual(['2023-09-01']);
    expect(dates('Born in 1946, the senator announced his retirement on Monday.', PUB)).toEqual([
      '2023-09-04',
    ]);
  });

  it('still dates a side clause when it holds the only date', () => {
    expect(dates('Kovac, who took over in October 2017, said the squad was ready.', PUB)).toEqual([
      '2017-10',
    ]);
  });
});
