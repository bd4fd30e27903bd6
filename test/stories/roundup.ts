/**
 * A fictional weekly round-up written for the merge tests: its headline names two unrelated
 * fixture stories (the Riverton teachers' strike and the Tollmarsh Bridge collapse) and its body
 * covers both, but it opens on the strike. It resembles both stories enough that only the rule
 * on an article's opening keeps it from merging them.
 */
export const ROUNDUP = {
  id: 'fx-roundup',
  title: 'Week in the valley: Riverton teachers on strike, Tollmarsh Bridge wreckage cleared',
  date: '2025-04-14',
  outlet: 'Valley Weekly',
  text: [
    'Riverton teachers stayed on strike for a second week, and all 41 schools in the district remain closed while the union holds out for classes capped at 28 pupils and a 6 percent raise.',
    'Union president Dalia Strom said picket lines would stay outside Harlow High School. Superintendent Gregor Lenz said the district would not reopen talks until teachers return.',
    'In Port Alden, divers finished clearing the wreckage of the Tollmarsh Bridge from the Wend River, and city engineer Tobias Renn said the corroded bearings of the 1962 span had been sent for testing.',
    'Mayor Elena Vasko said ferries would keep running across the Wend River while the inquiry into the collapse continues.',
  ].join('\n\n'),
};
