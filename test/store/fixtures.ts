import type { ArticleDraft } from '../../src/articles/article.js';

/** Fictional news articles written for these tests (not taken from any real outlet). */
export const BRIDGE_TEXT = [
  'Harbor City, March 3 — The Millbrook Bridge will close to all traffic for eleven weeks starting in April, the regional transport authority announced on Tuesday, ending months of speculation about the fate of the ageing crossing.',
  'Engineers found corrosion in three of the steel cables that hold the main span, according to an inspection report released alongside the announcement. The authority said the bridge remained safe for now but that repairs could not wait until the autumn.',
  '"We would rather inconvenience commuters for a season than take any risk with their safety," said Dana Okafor, the authority\'s chief engineer, at a press conference outside the eastern toll plaza.',
  'About 48,000 vehicles cross the bridge on an average weekday. The authority plans to add ferry departures every fifteen minutes during the morning and evening rush, and to run two extra bus lines across the Weston viaduct further upstream.',
  'Local business owners reacted with alarm. Marco Lindqvist, who runs a bakery two blocks from the western ramp, said he expected to lose a third of his morning customers. "Nobody walks across a closed bridge to buy bread," he said.',
  'The city council will hold a public hearing on the closure on March 18. Councillor Ruth Ambani said she would ask the authority to publish a detailed schedule and to compensate the shops that depend on bridge traffic.',
  'The repair contract, worth an estimated 31 million dollars, has been awarded to Castellan Works, the firm that rebuilt the North Quay pier in 2019. Work is expected to run through the night on most days to shorten the closure.',
].join('\n\n');

export const SCHOOL_TEXT = [
  'Riverside, May 9 — The Riverside school board voted five to two on Monday night to extend the school day by thirty minutes from next September, a change it says will add the equivalent of three weeks of teaching each year.',
  'Superintendent Aiko Brennan told the board that the extra time would go mainly to reading and mathematics in the lower grades, where test results have fallen for four years in a row.',
  'The teachers union opposed the plan, arguing that the district had not said how it would pay for the additional hours. "Longer days without more staff just means more tired teachers," said union president Tomas Herrera.',
  'Parents who spoke at the meeting were divided. Several said the later finish would make it harder to collect children from school, while others welcomed the extra supervision for families in which both parents work.',
  'The district estimates the change will cost about 2.4 million dollars a year, most of it for salaries. The board said it would present a funding plan in June, before the budget for the next school year is approved.',
].join('\n\n');

export const FESTIVAL_TEXT = [
  'Northgate, July 21 — More than sixty thousand people attended the three-day Northgate Lantern Festival over the weekend, organisers said on Sunday, a record for the event that began as a neighbourhood street party in 2004.',
  'The festival closed with a parade of paper lanterns along the canal, led by a twelve-metre dragon built by students from the Northgate art college. Police said the weekend passed without serious incidents.',
  'Vendors reported strong sales, although several complained that new rules limiting stalls to the canal-side promenade had pushed them away from the busiest streets. The organisers said they would review the layout next year.',
  "Mayor Elena Duarte said the festival had become one of the city's main summer attractions and announced that the council would double its grant to the organising committee from next year.",
].join('\n\n');

/** A draft with sensible defaults; override any field. */
export function draft(overrides: Partial<ArticleDraft> & { text: string }): ArticleDraft {
  const base: ArticleDraft = {
    externalId: null,
    url: null,
    canonicalUrl: null,
    title: 'Untitled',
    outlet: 'Harbor Herald',
    byline: null,
    publishedAt: '2024-03-03',
    publishedAtSource: 'metadata',
    language: 'en',
    text: overrides.text,
    raw: { kind: 'text', source: 'fixture.txt', content: overrides.text },
  };
  return { ...base, ...overrides };
}

/** Changes a few words of a text, as a copy editor would. */
export function lightlyEdited(text: string): string {
  return text
    .replace('eleven weeks', 'eleven full weeks')
    .replace('on Tuesday', 'on Tuesday morning')
    .replace('about the fate of the ageing crossing', 'over the ageing crossing');
}
