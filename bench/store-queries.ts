import { parseQuery } from '../src/store/sqlite/search/query-parse.js';
import type { SyntheticCorpus } from './synthetic.js';

/**
 * Fixed query sets over the synthetic archive. Selective queries name things found in a small
 * share of articles (people, topics, quoted phrases, prefixes, place + topic); common queries
 * use only words found in most articles, the worst case for ranking.
 */
export function selectiveQueries(c: SyntheticCorpus): string[] {
  const person = (r: number) => c.people[r]!;
  const topic = (r: number) => c.topics[r]!;
  const prefix = (w: string) => `${w.slice(0, Math.max(3, Math.min(5, w.length - 1)))}*`;
  return [
    `${person(10).first} ${person(10).last}`,
    `${person(30).first} ${person(30).last}`,
    `${person(60).first} ${person(60).last}`,
    `"${person(20).first} ${person(20).last}"`,
    person(40).last,
    person(80).last,
    topic(3).words[0]!,
    topic(10).words[0]!,
    topic(25).words[0]!,
    `${topic(5).words[2]} ${person(5).last}`,
    `"${topic(2).phrase}"`,
    `"${topic(8).phrase}"`,
    `"${topic(15).phrase}"`,
    prefix(topic(4).words[1]!),
    prefix(topic(12).words[1]!),
    `${c.places[3]!.toLowerCase()} ${topic(6).words[0]}`,
  ];
}

export const COMMON_QUERIES: readonly string[] = [
  'said',
  'people said',
  'government officials',
  'city police',
  'the year',
  'officials said last week',
  'public report',
  'state officials told',
  'million people',
  'time government report',
];

/**
 * The same query as a raw FTS5 MATCH, the floor to compare with: every word quoted and required
 * (stop words included), phrases and prefixes as typed; no planning, no filters.
 */
export function rawMatch(query: string): string {
  const q = parseQuery(query);
  return [
    ...q.phrases.map((p) => `"${p.join(' ')}"`),
    ...q.terms.map((t) => `"${t}"`),
    ...q.prefixes.map((t) => `"${t}"*`),
  ].join(' ');
}
