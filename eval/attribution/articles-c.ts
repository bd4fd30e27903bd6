import type { LabeledArticle } from './types.js';

/**
 * Held-out fictional articles: written and labelled after the extractor was tuned on the others,
 * and scored once before any further change (see the report in eval/attribution/README.md).
 */
export const ARTICLES_C: LabeledArticle[] = [
  {
    id: 'police-fire',
    title: 'Warehouse fire in Carrow under investigation',
    paragraphs: [
      `CARROW — Investigators are trying to determine what started a fire that gutted a furniture warehouse on Elm Street late Saturday, police said.`,
      `No one was injured. Sgt. Tom Reyes, a police spokesman, said the building had been empty since 9 p.m. and that the alarm was raised by a passing driver.`,
      `"We are not ruling anything out at this stage," Reyes said. "That includes arson."`,
      `Neighbor Janice Cole, 54, said she heard two loud bangs shortly before midnight. "I thought it was fireworks," Cole said. "Then I saw the smoke."`,
      `The warehouse's owner, Bram Holt, told the Carrow Courier that he had recently installed a new sprinkler system. He said he would rebuild.`,
      `Fire Chief Nadia Ferris said crews from three towns fought the blaze for six hours. "It was as hot a fire as I've seen in twenty years," the chief said.`,
    ],
    expected: [
      {
        speaker: 'police',
        kind: 'reported',
        text: 'Investigators are trying to determine what started a fire that gutted a furniture warehouse on Elm Street late Saturday',
      },
      {
        speaker: 'Tom Reyes',
        kind: 'reported',
        text: 'the building had been empty since 9 p.m. and that the alarm was raised by a passing driver',
      },
      { speaker: 'Tom Reyes', kind: 'direct', text: 'We are not ruling anything out at this stage' },
      { speaker: 'Tom Reyes', kind: 'direct', text: 'That includes arson.' },
      { speaker: 'Janice Cole', kind: 'reported', text: 'she heard two loud bangs shortly before midnight' },
      { speaker: 'Janice Cole', kind: 'direct', text: 'I thought it was fireworks' },
      { speaker: 'Janice Cole', kind: 'direct', text: 'Then I saw the smoke.' },
      { speaker: 'Bram Holt', kind: 'reported', text: 'he had recently installed a new sprinkler system' },
      { speaker: 'Bram Holt', kind: 'reported', text: 'he would rebuild' },
      {
        speaker: 'Nadia Ferris',
        kind: 'reported',
        text: 'crews from three towns fought the blaze for six hours',
      },
      { speaker: 'Nadia Ferris', kind: 'direct', text: "It was as hot a fire as I've seen in twenty years" },
    ],
  },
  {
    id: 'science-lake',
    title: 'Ancient lake found beneath Atacama desert',
    paragraphs: [
      `Scientists have found traces of a vast lake that covered part of the Atacama desert about 10,000 years ago, a discovery that could change how researchers think about early human settlement in the region.`,
      `In a paper published on Wednesday, the team wrote that the lake was "far larger and longer-lived than any previous estimate."`,
      `“It’s a genuine surprise,” said lead author Dr. Priya Nair of the University of Leeds. “We expected a few seasonal ponds, not a lake the size of a small country.”`,
      `Nair added that sediment cores showed the lake persisted for at least two millennia.`,
      `Other scientists were more cautious. “I’d want to see the dating replicated before rewriting any textbooks,” said Tom Akers, a geologist at the Santiago Institute of Technology who was not involved in the study.`,
      `Akers noted that earlier estimates of rainfall in the region had been revised several times.`,
    ],
    expected: [
      {
        speaker: 'the team',
        kind: 'reported',
        text: 'the lake was "far larger and longer-lived than any previous estimate."',
      },
      {
        speaker: 'the team',
        kind: 'direct',
        text: 'far larger and longer-lived than any previous estimate.',
      },
      { speaker: 'Priya Nair', kind: 'direct', text: 'It’s a genuine surprise' },
      {
        speaker: 'Priya Nair',
        kind: 'direct',
        text: 'We expected a few seasonal ponds, not a lake the size of a small country.',
      },
      {
        speaker: 'Priya Nair',
        kind: 'reported',
        text: 'sediment cores showed the lake persisted for at least two millennia',
      },
      {
        speaker: 'Tom Akers',
        kind: 'direct',
        text: 'I’d want to see the dating replicated before rewriting any textbooks',
      },
      {
        speaker: 'Tom Akers',
        kind: 'reported',
        text: 'earlier estimates of rainfall in the region had been revised several times',
      },
    ],
  },
  {
    id: 'senator-future',
    title: 'Senator Whitcomb keeps supporters guessing',
    paragraphs: [
      `Sen. Eleanor Whitcomb on Friday declined to say whether she would seek a fourth term, telling supporters at a fundraiser in Dover that she would decide "after the harvest."`,
      `Asked by reporters whether health concerns played a role, Whitcomb said: “I feel better than I have in years. That’s not the issue.”`,
      `In a post on social media later that evening, she wrote that she was "grateful for every single vote" she had received over 18 years.`,
      `Her spokesman, Aaron Bell, said in an email that the senator would make an announcement "in due course." He declined to give a date.`,
      `State Republican chairman Gus Morland said his party would field a strong candidate regardless. "Whoever runs, we will be ready," Morland said.`,
    ],
    expected: [
      { speaker: 'Eleanor Whitcomb', kind: 'reported', text: 'she would decide "after the harvest."' },
      { speaker: 'Eleanor Whitcomb', kind: 'direct', text: 'after the harvest.' },
      {
        speaker: 'Eleanor Whitcomb',
        kind: 'direct',
        text: 'I feel better than I have in years. That’s not the issue.',
      },
      {
        speaker: 'Eleanor Whitcomb',
        kind: 'reported',
        text: 'she was "grateful for every single vote" she had received over 18 years',
      },
      { speaker: 'Eleanor Whitcomb', kind: 'direct', text: 'grateful for every single vote' },
      {
        speaker: 'Aaron Bell',
        kind: 'reported',
        text: 'the senator would make an announcement "in due course."',
      },
      { speaker: 'Aaron Bell', kind: 'direct', text: 'in due course.' },
      {
        speaker: 'Gus Morland',
        kind: 'reported',
        text: 'his party would field a strong candidate regardless',
      },
      { speaker: 'Gus Morland', kind: 'direct', text: 'Whoever runs, we will be ready' },
    ],
  },
  {
    id: 'central-bank',
    title: 'Central bank holds rates, signals patience',
    paragraphs: [
      `The Bank of Arvonia left its benchmark interest rate unchanged at 4.25 percent on Thursday and signaled that cuts were unlikely before the summer.`,
      `Governor Ana Ruiz told a news conference that inflation was "heading in the right direction, but not fast enough."`,
      `“We would rather be late than wrong,” Ruiz said, adding that the bank would look closely at wage data due next month.`,
      `The bank said in its statement that core inflation had slowed to 3.1 percent in the three months to March.`,
      `Markets took the decision in stride, analysts said. “This was the least surprising meeting of the year,” said Ilse Varga, chief economist at Northgate Bank.`,
      `Opposition finance spokesman Karl Denny accused the bank of "sleepwalking into a recession." The bank declined to respond to his remarks.`,
    ],
    expected: [
      {
        speaker: 'Ana Ruiz',
        kind: 'reported',
        text: 'inflation was "heading in the right direction, but not fast enough."',
      },
      { speaker: 'Ana Ruiz', kind: 'direct', text: 'heading in the right direction, but not fast enough.' },
      { speaker: 'Ana Ruiz', kind: 'direct', text: 'We would rather be late than wrong' },
      {
        speaker: 'Ana Ruiz',
        kind: 'reported',
        text: 'the bank would look closely at wage data due next month',
      },
      {
        speaker: 'the Bank of Arvonia',
        kind: 'reported',
        text: 'core inflation had slowed to 3.1 percent in the three months to March',
      },
      { speaker: 'analysts', kind: 'reported', text: 'Markets took the decision in stride' },
      { speaker: 'Ilse Varga', kind: 'direct', text: 'This was the least surprising meeting of the year' },
      { speaker: 'Karl Denny', kind: 'direct', text: 'sleepwalking into a recession.' },
    ],
  },
];
