import { describe, expect, it } from 'vitest';
import { dated, dates } from './helpers.js';

// Wordings met in real news coverage, each written afresh for the test. 2016-11-02 is a Wednesday.
const PUB = '2016-11-02';

describe('which date a news sentence is filed under', () => {
  it('files a sentence under its attribution date rather than a date inside an "if" clause', () => {
    expect(
      dates(
        'The senator told a local paper Tuesday that the governor could be impeached if she is elected next week.',
        PUB,
      ),
    ).toEqual(['2016-11-01']);
  });

  it('passes over a date in a side clause opened by "originally"', () => {
    expect(
      dates('The delivery, originally due later this year, will be delayed until October 2017.', PUB),
    ).toEqual(['2017-10']);
  });

  it('leaves out the date of an event named after "since", possessive or clause', () => {
    expect(dates('The campaign has been reeling since the director’s Friday announcement.', PUB)).toEqual([]);
    expect(dates('She has courted progressives since she launched her bid in April 2015.', PUB)).toEqual([]);
  });

  it('keeps the weekday chrono drops from "the afternoon on Monday"', () => {
    expect(dates('Police arrived in the afternoon on Monday.', PUB)).toEqual(['2016-10-31']);
  });

  it('dates "waited until Monday afternoon to release" to Monday', () => {
    expect(dates('The group waited until the afternoon on Monday to release the files.', PUB)).toEqual([
      '2016-10-31',
    ]);
  });
});

describe('the weekend and years named through an occasion', () => {
  it('dates "over the weekend" to its month by tense', () => {
    expect(dated('Sources said over the weekend that the minister had objected.', '2016-10-31')).toEqual([
      { date: '2016-10', precision: 'month', dateText: 'over the weekend' },
    ]);
    expect(dates('The ministers met during the weekend.', '2008-10-13')).toEqual(['2008-10']);
  });

  it('dates something said "in a 2013 interview" to 2013, but not "a 2011 tweet" deleted later', () => {
    expect(dated('He told the radio show in a 2013 interview that the rules were too strict.', PUB)).toEqual([
      { date: '2013', precision: 'year', dateText: 'in a 2013' },
    ]);
    expect(dates('He also deleted a 2011 tweet.', PUB)).toEqual([]);
  });
});
