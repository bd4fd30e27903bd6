/**
 * Hand labels for the timeline on the real news in ../shared/corpus (wikinews and polnear, every
 * article), written by reading each article once before the extractor was scored on them. Each label is
 * an article id, the index of a sentence in `sentenceSpans(text)` and the EDTF date a careful editor
 * would file that sentence under; no corpus text is kept here. Same rules as the fictional fixtures
 * (README.md): one label per sentence that reports something happening (or planned) at a date the
 * article states; dates that only bound or compare, habits and durations get none.
 */
export const corpusLabels: Readonly<
  Record<string, ReadonlyArray<readonly [sentence: number, date: string]>>
> = {
  wikinews_100911: [
    [12, '2010'],
    [16, '2010'],
    [19, '2006'],
    [24, '2003'],
    [40, '2003'],
  ],
  wikinews_102977: [
    [5, '2011'],
    [8, '2008-02'],
  ],
  wikinews_108294: [
    [1, '2008-06-18'],
    [3, '2008-02-29'],
  ],
  wikinews_113219: [
    [1, '2008-09-17'],
    [4, '2008-09-17'],
    [8, '2008-09-16'],
    [10, '2008-09-16'],
    [13, '2008-09-15'],
  ],
  wikinews_113278: [[14, '2008-09-19']],
  wikinews_113330: [
    [1, '2008-09-20'],
    [7, '2008-09-20'],
    [8, '2008-09-20'],
  ],
  wikinews_115064: [
    [2, '2008-10-12'],
    [3, '2008-10'],
    [5, '2008-10-13'],
    [8, '2008-10-13'],
    [12, '2008-10-13'],
    [13, '2008-10-13'],
  ],
  wikinews_1173: [
    [2, '2004-11'],
    [3, '2004-10'],
  ],
  wikinews_118147: [],
  wikinews_121134: [
    [2, '2008'],
    [7, '2009-03'],
    [10, '2011'],
    [13, '2009-03'],
  ],
  wikinews_123881: [
    [15, '2009-03-29'],
    [16, '2009-03-31'],
  ],
  wikinews_125796: [
    [1, '2009-04-30'],
    [9, '2011'],
  ],
  wikinews_126878: [
    [1, '2009-05-27'],
    [2, '2009-06-01'],
  ],
  wikinews_127227: [[1, '2009-06-01']],
  wikinews_127248: [[1, '2009-06-01']],
  wikinews_3307: [[8, '2005-03']],
  wikinews_51682: [[2, '2007-10']],
  wikinews_61389: [[7, '2007-02-28']],
  wikinews_82548: [
    [1, '2007-10-15'],
    [4, '2007-10-25'],
    [5, '2007-10-28'],
  ],
  wikinews_82597: [
    [6, '2008-01'],
    [7, '2007-10-25'],
  ],
  wikinews_8951: [
    [1, '2005-01'],
    [9, '2005-01-18'],
    [16, '2006-07'],
  ],
  'breitbart_2016-10-12_washington-post-backs-hillary-cl': [[0, '2016-10-06']],
  'breitbart_2016-10-13_cnn-s-jake-tapper-on-donna-brazi': [
    [2, '2016-10-13'],
    [9, '2016-03-12'],
  ],
  'breitbart_2016-10-19_election-uncertainty-weighs-on-p': [
    [0, '2016-10-19'],
    [7, '2016-11'],
    [11, '2016-10'],
    [12, '2015-12'],
    [14, '2016-12'],
  ],
  'breitbart_2016-10-28_us-stocks-sink-as-fbi-reopens-cl': [
    [0, '2016-10-28'],
    [2, '2016-06'],
  ],
  'breitbart_2016-11-06_clinton-aims-high-trump-goes-har': [
    [0, '2016-11-06'],
    [6, '2016-11-08'],
    [9, '2016-11-05'],
    [14, '2016-11-06'],
    [16, '2016-11-07'],
    [20, '2016-11-05'],
    [21, '2016-11-06'],
    [22, '2016-11-05'],
  ],
  'breitbart_2016-11-07_wikileaks-hillary-clinton-flatte': [
    [0, '2014'],
    [10, '2012'],
  ],
  'huff-post_2016-10-14_donald-trump-jr-women-who-can-t-': [
    [1, '2013'],
    [11, '2005'],
  ],
  'huff-post_2016-10-25_trump-warns-clinton-policy-on-sy': [[0, '2016-10-25']],
  'huff-post_2016-11-02_obama-calls-on-men-to-reflect-on': [
    [0, '2016-11-01'],
    [15, '2016-11-01'],
    [17, '2016-10-31'],
  ],
  'huff-post_2016-11-03_donald-trump-invokes-pervert-ant': [
    [0, '2016-11-03'],
    [1, '2016-11-02'],
  ],
  'huff-post_2016-11-05_hillary-clinton-drops-into-detro': [
    [0, '2016-11-04'],
    [15, '1989'],
  ],
  'nyt_2016-11-01_f-b-i-s-email-disclosure-broke-a': [
    [3, '2016-22'],
    [7, '2016-10'],
    [20, '2016-06'],
    [21, '2005'],
    [25, '2016-08'],
    [31, '2016-08'],
    [39, '2016-10'],
  ],
  'nyt_2016-11-07_markets-watch-closely-as-u-s-ele': [
    [4, '2016-11-08'],
    [17, '2016-11-08'],
    [24, '2016-11-09'],
    [26, '2014'],
    [27, '2010'],
    [31, '2016-11-10'],
  ],
  'politico_2016-10-10_internet-phenomenon-ken-bone-deb': [
    [0, '2016-10-09'],
    [1, '2016-10-09'],
    [6, '2016-10-09'],
    [8, '2016-10-10'],
    [10, '2016-10-09'],
    [12, '2016-11'],
    [17, '2016-10-09'],
  ],
  'politico_2016-10-11_trump-lament-on-missing-republic': [
    [0, '2016-10-11'],
    [9, '2012'],
    [10, '2012'],
  ],
  'politico_2016-10-17_wikileaks-claims-state-party-cut': [
    [0, '2016-10-17'],
    [9, '2016-10'],
    [13, '2016-10'],
    [15, '2016-10-17'],
    [16, '2016-10-17'],
    [17, '2016-10-17'],
    [18, '2016-10-15'],
  ],
  'politico_2016-10-31_justice-department-pledges-quick': [
    [1, '2016-10-31'],
    [3, '2016-10'],
    [5, '2016-10-31'],
    [7, '2016-10-28'],
    [9, '2016-10-30'],
    [10, '2016-10-29'],
    [19, '2016-10-31'],
  ],
  'politico_2016-11-02_mccaul-if-elected-hillary-clinto': [
    [0, '2016-11-02'],
    [4, '2016-10-28'],
    [5, '2016-11-01'],
  ],
  'politico_2016-11-02_trump-adviser-flynn-gets-agitate': [[0, '2016-11-02']],
  'politico_2016-11-03_state-dept-drops-more-clinton-em': [
    [0, '2016-11-03'],
    [2, '2016-10'],
    [4, '2016-11-03'],
    [12, '2016-11-04'],
  ],
  'usa-today_2016-10-26_clinton-walks-a-fine-line-betwee': [
    [4, '2016-10-25'],
    [14, '2016-10-24'],
  ],
  'usa-today_2016-10-31_feds-in-talks-to-get-emails-from': [
    [0, '2016-10-30'],
    [3, '2016-10-30'],
    [4, '2016-10-30'],
    [5, '2016-10-28'],
    [6, '2016-07'],
    [7, '2016-10-28'],
  ],
  'wash-post_2016-10-08_u-s-adds-jobs-unemployment-rate-': [
    [0, '2016-09'],
    [3, '2016'],
    [7, '2016-10'],
    [12, '2016-10-07'],
    [14, '2016-09'],
    [16, '2016-09'],
    [18, '2015-09'],
    [19, '2016-09'],
    [20, '2016-09'],
    [23, '2016-09'],
    [24, '2016-09'],
    [28, '2016'],
    [29, '2015'],
    [30, '2016'],
    [38, '2016-10-07'],
  ],
  'wash-post_2016-11-05_as-paris-climate-pact-takes-effe': [
    [0, '2016-11-04'],
    [1, '2016-11'],
    [3, '2016'],
    [19, '2018'],
    [20, '2016-11-03'],
    [23, '2017-01'],
  ],
  'west-journal_2016-10-14_witness-debunks-claim-trump-grop': [
    [0, '1980'],
    [24, '2016-10-14'],
  ],
  'west-journal_2016-11-05_woman-who-accused-trump-of-rape-': [
    [1, '2016-11-04'],
    [2, '2016-11-02'],
    [3, '1994'],
    [18, '2016-10'],
  ],
};
