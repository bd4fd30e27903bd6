import type { LabeledArticle } from './types.js';

/**
 * Second held-out round: written and labelled after the extractor had been tuned on sets a–c,
 * scored once before any further change (figures in README.md).
 */
export const ARTICLES_D: LabeledArticle[] = [
  {
    id: 'airline-strike',
    title: 'Pilots at Northwind Air vote to strike',
    paragraphs: [
      `Pilots at Northwind Air voted overwhelmingly to authorize a strike, their union said on Wednesday, raising the prospect of cancellations during the busy holiday season.`,
      `"Our members have been patient for three years," union president Carla Jimenez told The Associated Press in an interview. "Patience has run out."`,
      `Jimenez said 97 percent of the 2,400 pilots who voted backed the measure.`,
      `Northwind Air said it was "disappointed" by the vote but remained committed to reaching a deal. It said no flights would be affected for now.`,
      `A person familiar with the negotiations, who spoke on condition of anonymity because the talks are private, said the two sides remained far apart on retirement benefits.`,
      `Asked whether travelers should rebook, Transportation Secretary Mark Ellison said: "Not yet. But keep an eye on this."`,
      `"Is a strike likely?" asked analyst Dana Whitford of Halvern Research. "No. But it is no longer unthinkable."`,
    ],
    expected: [
      {
        speaker: 'their union',
        kind: 'reported',
        text: 'Pilots at Northwind Air voted overwhelmingly to authorize a strike',
      },
      { speaker: 'Carla Jimenez', kind: 'direct', text: 'Our members have been patient for three years' },
      { speaker: 'Carla Jimenez', kind: 'direct', text: 'Patience has run out.' },
      {
        speaker: 'Carla Jimenez',
        kind: 'reported',
        text: '97 percent of the 2,400 pilots who voted backed the measure',
      },
      {
        speaker: 'Northwind Air',
        kind: 'reported',
        text: 'it was "disappointed" by the vote but remained committed to reaching a deal',
      },
      { speaker: 'Northwind Air', kind: 'direct', text: 'disappointed' },
      { speaker: 'Northwind Air', kind: 'reported', text: 'no flights would be affected for now' },
      {
        speaker: 'A person familiar with the negotiations',
        kind: 'reported',
        text: 'the two sides remained far apart on retirement benefits',
      },
      { speaker: 'Mark Ellison', kind: 'direct', text: 'Not yet. But keep an eye on this.' },
      { speaker: 'Dana Whitford', kind: 'direct', text: 'Is a strike likely?' },
      { speaker: 'Dana Whitford', kind: 'direct', text: 'No. But it is no longer unthinkable.' },
    ],
  },
  {
    id: 'school-closure',
    title: 'Parents fight plan to close Linden Street school',
    paragraphs: [
      `Parents packed a school board meeting in Ashby on Monday to protest a plan to close Linden Street Elementary, which has 210 pupils.`,
      `Superintendent Rachel Moyo defended the proposal. "Nobody likes closing a school," Moyo said. "But we are paying to heat half-empty buildings."`,
      `She said the district would save about $1.1 million a year and that pupils would move to two nearby schools.`,
      `Parent Tom Garrity, whose two daughters attend Linden Street, said the savings were "a rounding error" in a $90 million budget.`,
      `"You are asking six-year-olds to cross a highway to save money you will spend on consultants," he said, to applause.`,
      `Board member Luis Ortega said he would vote against the plan. Board chair Helen Price said the board would vote on March 14.`,
      `The district's own report, titled "Right-Sizing Ashby," recommended closing two schools, not one.`,
    ],
    expected: [
      { speaker: 'Rachel Moyo', kind: 'direct', text: 'Nobody likes closing a school' },
      { speaker: 'Rachel Moyo', kind: 'direct', text: 'But we are paying to heat half-empty buildings.' },
      {
        speaker: 'Rachel Moyo',
        kind: 'reported',
        text: 'the district would save about $1.1 million a year and that pupils would move to two nearby schools',
      },
      {
        speaker: 'Tom Garrity',
        kind: 'reported',
        text: 'the savings were "a rounding error" in a $90 million budget',
      },
      { speaker: 'Tom Garrity', kind: 'direct', text: 'a rounding error' },
      {
        speaker: 'Tom Garrity',
        kind: 'direct',
        text: 'You are asking six-year-olds to cross a highway to save money you will spend on consultants',
      },
      { speaker: 'Luis Ortega', kind: 'reported', text: 'he would vote against the plan' },
      { speaker: 'Helen Price', kind: 'reported', text: 'the board would vote on March 14' },
    ],
  },
  {
    id: 'export-ban',
    title: 'Tarvia bans grain exports as drought deepens',
    paragraphs: [
      `Tarvia will ban wheat and barley exports for six months to protect domestic supplies, the agriculture ministry said on Thursday, as the worst drought in four decades ravages harvests.`,
      `"We must feed our own people first," Agriculture Minister Oleg Darman said at a news conference in the capital.`,
      `Darman said the ban would be reviewed in March. He added that existing contracts would be honored.`,
      `The decision drew sharp criticism from neighboring Soravia, which buys about a third of its wheat from Tarvia. Soravia's trade ministry called the ban "an unfriendly act" and said it would raise the matter at the World Trade Organization.`,
      `Grain traders said prices had already risen 8 percent this week.`,
      `"This will ripple through the whole region," said Mira Kovac, a commodities analyst at Eastgate Capital in Vienna.`,
    ],
    expected: [
      {
        speaker: 'the agriculture ministry',
        kind: 'reported',
        text: 'Tarvia will ban wheat and barley exports for six months to protect domestic supplies',
      },
      { speaker: 'Oleg Darman', kind: 'direct', text: 'We must feed our own people first' },
      { speaker: 'Oleg Darman', kind: 'reported', text: 'the ban would be reviewed in March' },
      { speaker: 'Oleg Darman', kind: 'reported', text: 'existing contracts would be honored' },
      { speaker: "Soravia's trade ministry", kind: 'direct', text: 'an unfriendly act' },
      {
        speaker: "Soravia's trade ministry",
        kind: 'reported',
        text: 'it would raise the matter at the World Trade Organization',
      },
      { speaker: 'Grain traders', kind: 'reported', text: 'prices had already risen 8 percent this week' },
      { speaker: 'Mira Kovac', kind: 'direct', text: 'This will ripple through the whole region' },
    ],
  },
];
