import type { Span } from '../../articles/article.js';
import { readAttributions } from './extract.js';
import type { EntityKind } from './discourse.js';

export { canonicalizeSpeakers } from './canonical.js';

/** What kind of source a speaker is; documents and groups are never people. */
export type SpeakerKind = EntityKind;

/** Who said what, as one article reports it. */
export interface Attribution {
  /**
   * Canonical speaker name within the article: the fullest form introduced ("John Kirby"), an organisation
   * ("the White House"), a group as the article names it ("F.B.I. agents") or a document ("the lawsuit").
   */
  speaker: string;
  /**
   * `person` (named or not: "a senior official"), `organization`, `group` (people named together),
   * `document` (a report, lawsuit, letter…), or `unknown` (a bare surname never given in full).
   */
  speakerKind: SpeakerKind;
  /** Role/title when the article gives one ("National Security Council spokesman"), else null. */
  speakerRole: string | null;
  /** Verbatim words from the article: exactly text.slice(quoteSpan.start, quoteSpan.end). Direct: the words inside the quote marks (no marks). Reported: the reported clause as written. */
  quote: string;
  quoteKind: 'direct' | 'reported';
  quoteSpan: Span;
  /** The whole sentence(s) carrying both the quote and the attribution cue — what the answer cites. Contains quoteSpan. */
  evidenceSpan: Span;
}

/**
 * Direct quotations and reported statements in an article, each with its resolved speaker, in text
 * order. Precision first: a quotation whose speaker cannot be resolved is left out. `title` is accepted
 * for callers that have one but is not read: headlines are not attributions. Pure and synchronous.
 */
export function extractAttributions(input: { text: string; title?: string }): Attribution[] {
  const { text } = input;
  return readAttributions(text).map((a) => ({
    speaker: a.entity.name,
    speakerKind: a.entity.kind === 'unknown' && a.entity.gender !== null ? 'person' : a.entity.kind,
    speakerRole: a.entity.anonHead === null ? a.entity.role : null,
    quote: text.slice(a.quoteSpan.start, a.quoteSpan.end),
    quoteKind: a.quoteKind,
    quoteSpan: { ...a.quoteSpan },
    evidenceSpan: { ...a.evidenceSpan },
  }));
}
