import type { LabeledArticle } from './types.js';

/**
 * Third held-out round (two speakers of the same gender, spokespeople "for" an organisation,
 * attribution inside multi-sentence quotes): scored once before any further change (README.md).
 */
export const ARTICLES_E: LabeledArticle[] = [
  {
    id: 'hospital-merger',
    title: 'Two Dunmore hospitals agree to merge',
    paragraphs: [
      `St. Brigid's Hospital and Dunmore General will merge under a single board by next spring, the two hospitals announced Tuesday.`,
      `"Neither of us could keep doing this alone," said Dr. Karen Oyelaran, chief executive of St. Brigid's. "Together we can keep both emergency rooms open."`,
      `Dunmore General's chief executive, Paula Stein, said the merger would not lead to layoffs of nurses. She said some administrative jobs would be cut over three years.`,
      `Oyelaran said she expected the state to approve the deal by the end of the year. "We have been talking to regulators from the start," she said.`,
      `A spokeswoman for the state health department, Lila Moreno, said the agency would review the plan "carefully and quickly."`,
      `The nurses' union was less enthusiastic. "We have heard 'no layoffs' before," said union representative Gary Holm. "We will believe it when we see it in writing."`,
    ],
    expected: [
      { speaker: 'Karen Oyelaran', kind: 'direct', text: 'Neither of us could keep doing this alone' },
      { speaker: 'Karen Oyelaran', kind: 'direct', text: 'Together we can keep both emergency rooms open.' },
      { speaker: 'Paula Stein', kind: 'reported', text: 'the merger would not lead to layoffs of nurses' },
      {
        speaker: 'Paula Stein',
        kind: 'reported',
        text: 'some administrative jobs would be cut over three years',
      },
      {
        speaker: 'Karen Oyelaran',
        kind: 'reported',
        text: 'she expected the state to approve the deal by the end of the year',
      },
      {
        speaker: 'Karen Oyelaran',
        kind: 'direct',
        text: 'We have been talking to regulators from the start',
      },
      {
        speaker: 'Lila Moreno',
        kind: 'reported',
        text: 'the agency would review the plan "carefully and quickly."',
      },
      { speaker: 'Lila Moreno', kind: 'direct', text: 'carefully and quickly.' },
      { speaker: 'Gary Holm', kind: 'direct', text: "We have heard 'no layoffs' before" },
      { speaker: 'Gary Holm', kind: 'direct', text: 'We will believe it when we see it in writing.' },
    ],
  },
  {
    id: 'football-transfer',
    title: 'Rovers sign striker Adeyemi in record deal',
    paragraphs: [
      `Harbor Rovers have signed striker Tunde Adeyemi from Ostbridge for a club-record fee, the club confirmed on Friday.`,
      `"He scores goals. That is what we needed, and that is why we paid what we paid," manager Colin Rafferty told a news conference. "I am not going to apologize for that."`,
      `Rafferty would not confirm the fee, which British media reported at about 40 million pounds.`,
      `Adeyemi, 24, said he had chosen Rovers because of Rafferty. "He called me himself, three times," Adeyemi said. "That matters to a player."`,
      `Ostbridge chairman Victor Lund said in a statement that the club had received "an offer we could not refuse" and wished the player well.`,
    ],
    expected: [
      {
        speaker: 'the club',
        kind: 'reported',
        text: 'Harbor Rovers have signed striker Tunde Adeyemi from Ostbridge for a club-record fee',
      },
      {
        speaker: 'Colin Rafferty',
        kind: 'direct',
        text: 'He scores goals. That is what we needed, and that is why we paid what we paid',
      },
      { speaker: 'Colin Rafferty', kind: 'direct', text: 'I am not going to apologize for that.' },
      { speaker: 'British media', kind: 'reported', text: 'at about 40 million pounds' },
      { speaker: 'Tunde Adeyemi', kind: 'reported', text: 'he had chosen Rovers because of Rafferty' },
      { speaker: 'Tunde Adeyemi', kind: 'direct', text: 'He called me himself, three times' },
      { speaker: 'Tunde Adeyemi', kind: 'direct', text: 'That matters to a player.' },
      {
        speaker: 'Victor Lund',
        kind: 'reported',
        text: 'the club had received "an offer we could not refuse" and wished the player well',
      },
      { speaker: 'Victor Lund', kind: 'direct', text: 'an offer we could not refuse' },
    ],
  },
  {
    id: 'bridge-inspection',
    title: 'Inspectors find cracks in Kell River bridge',
    paragraphs: [
      `State inspectors found cracks in two support beams of the Kell River bridge during a routine inspection last week, the transportation department said Monday. The bridge will close to trucks immediately.`,
      `"There is no danger to cars at this time," department spokesman Eric Tanaka said. "But we are not taking chances with heavy loads."`,
      `Tanaka said repairs would take about four months and cost an estimated $6 million.`,
      `Local business owners worried about the detour. Marta Ruiz, who runs a hardware store near the bridge, said deliveries would now take an extra hour. "Every hour is money," she said.`,
      `County Commissioner Dale Fisher said he had warned about the bridge's condition for years. "I am not happy to be right," Fisher said.`,
    ],
    expected: [
      {
        speaker: 'the transportation department',
        kind: 'reported',
        text: 'State inspectors found cracks in two support beams of the Kell River bridge during a routine inspection last week',
      },
      { speaker: 'Eric Tanaka', kind: 'direct', text: 'There is no danger to cars at this time' },
      { speaker: 'Eric Tanaka', kind: 'direct', text: 'But we are not taking chances with heavy loads.' },
      {
        speaker: 'Eric Tanaka',
        kind: 'reported',
        text: 'repairs would take about four months and cost an estimated $6 million',
      },
      { speaker: 'Marta Ruiz', kind: 'reported', text: 'deliveries would now take an extra hour' },
      { speaker: 'Marta Ruiz', kind: 'direct', text: 'Every hour is money' },
      {
        speaker: 'Dale Fisher',
        kind: 'reported',
        text: "he had warned about the bridge's condition for years",
      },
      { speaker: 'Dale Fisher', kind: 'direct', text: 'I am not happy to be right' },
    ],
  },
];
