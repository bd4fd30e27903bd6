import type { ArticleDraft } from '../../src/articles/article.js';

/** A fictional article written for these tests, in wire-copy style. */
export interface Fixture {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
  paragraphs: string[];
}

export function draftOf(f: Fixture): ArticleDraft {
  const text = f.paragraphs.join('\n\n');
  return {
    externalId: null,
    url: f.url,
    canonicalUrl: f.url,
    title: f.title,
    outlet: f.outlet,
    byline: null,
    publishedAt: f.publishedAt,
    publishedAtSource: 'metadata',
    language: 'en',
    text,
    raw: { kind: 'text', source: f.url, content: text },
  };
}

/** Global articles every server sees. */
export const GLOBAL_FIXTURES: Fixture[] = [
  {
    title: 'North Korea and Russia discuss arms deal, officials say',
    outlet: 'Harbor Wire',
    url: 'https://harborwire.test/2023/09/04/north-korea-russia-arms',
    publishedAt: '2023-09-04',
    paragraphs: [
      'North Korea and Russia are holding talks about an arms deal that would send artillery shells to Moscow, officials in Washington said on Monday.',
      'Marta Velez, a spokeswoman for the State Department, said the negotiations were "actively advancing" and urged Pyongyang to stop them.',
      '"We will not hesitate to impose sanctions on anyone who helps supply these weapons," Velez told reporters.',
      'In July, a Russian defence delegation visited Pyongyang and toured an exhibition of missiles, according to state media.',
      'North Korea has denied selling weapons to Russia.',
    ],
  },
  {
    title: 'Kim expected to travel to Russia for meeting with Putin',
    outlet: 'Northern Ledger',
    url: 'https://northernledger.test/news/kim-putin-meeting',
    publishedAt: '2023-09-05',
    paragraphs: [
      'North Korean leader Kim Jong Un is expected to travel to Russia this month to meet President Vladimir Putin, according to officials familiar with the plans.',
      'The meeting would focus on weapons supplies for the war in Ukraine, the officials said, and could take place in the port city of Vladivostok.',
      'Oskar Lind, a security analyst at the Baltic Institute, said the visit showed how far Moscow had come to depend on North Korea for ammunition.',
      '"Russia needs shells, and North Korea has them," Lind said.',
    ],
  },
  {
    title: 'City council approves new harbour bridge budget',
    outlet: 'Bayside Courier',
    url: 'https://baysidecourier.test/council-bridge-budget',
    publishedAt: '2023-08-30',
    paragraphs: [
      'The city council approved a budget of 40 million dollars for the new harbour bridge on Wednesday.',
      'Mayor Lena Ortiz said the bridge would open in 2026.',
    ],
  },
];

/** An article only the first server ingested. */
export const PRIVATE_FIXTURE: Fixture = {
  title: 'Exclusive: North Korea shipment tracked by satellite',
  outlet: 'Private Desk',
  url: 'https://privatedesk.test/exclusive-shipment',
  publishedAt: '2023-09-06',
  paragraphs: [
    'Satellite images reviewed by this newsroom show a North Korea shipment of containers leaving the port of Rajin, analysts said on Wednesday.',
    'The containers were loaded onto a Russian-flagged ship, according to the images.',
  ],
};

const FIRST = [
  'Ana',
  'Tomas',
  'Irene',
  'Kofi',
  'Helga',
  'Ravi',
  'Maria',
  'Jonas',
  'Lucia',
  'Pavel',
  'Nora',
  'Emil',
];
const LAST = [
  'Silva',
  'Berg',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Duarte',
  'Novak',
  'Haddad',
  'Ferreira',
  'Kowalski',
  'Brandt',
  'Ortega',
];

/** A long fictional strike report: 48 quotes from 12 named people, one of them with a mention trick. */
export function strikeFixture(): Fixture {
  const paragraphs = [
    'Dock workers at the harbour entered the third week of their strike on Monday, with no talks scheduled.',
  ];
  for (let i = 0; i < 48; i++) {
    const name = `${FIRST[i % 12]} ${LAST[i % 12]}`;
    const first = i < 12;
    const words =
      i === 5
        ? 'Tell @everyone and <@&42> that [the port](https://evil.test) is closed'
        : `The cranes have been idle for ${i + 3} days and nobody from the ministry has called us back about the pay offer`;
    paragraphs.push(
      first
        ? `"${words}," said ${name}, a crane operator at the north terminal of the harbour.`
        : `"${words} in week ${i}," ${LAST[i % 12]} said.`,
    );
  }
  return {
    title: 'Harbour strike enters third week',
    outlet: 'Bayside Courier',
    url: 'https://baysidecourier.test/harbour-strike-week-three',
    publishedAt: '2026-11-16',
    paragraphs,
  };
}
