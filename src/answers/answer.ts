/**
 * The cited answer model: the `--json` contract shared by every engine (extractive, Claude) and
 * every surface (CLI, console, Discord). Field names are fixed; scripts rely on them.
 */

/**
 * What was asked for. `quotes` is who-said-what; `answer` is a question answered from pinned
 * articles (a follow-up on an earlier answer's sources, or `newsroom ask`).
 */
export type AnswerKind = 'summary' | 'timeline' | 'quotes' | 'answer';

/** `direct`: the speaker's own words in quotation marks; `reported`: the clause the article reports. */
export type QuoteKind = 'direct' | 'reported';

/**
 * What a quote's speaker is: one person (named or not), an organisation, a group of people named
 * together ("officials", "F.B.I. agents"), or a document ("the lawsuit", "the report").
 */
export type SpeakerKind = 'person' | 'organization' | 'group' | 'document';

/** One citation: an exact character range of one stored article's text. */
export interface Citation {
  /** The `n` of the entry in `Answer.sources` this citation points to (1-based). */
  source: number;
  /** The stored article's id. */
  articleId: string;
  /** Start offset (inclusive) into the article's stored `text`. */
  start: number;
  /** End offset (exclusive) into the article's stored `text`. */
  end: number;
  /** Exactly `article.text.slice(start, end)`; the verifier checks it. */
  text: string;
  /**
   * The content hash of the article text `start`/`end` index into: the version this citation was
   * made from (a later `updated` re-ingest keeps that text among the article's versions). Set by
   * the verifier on every citation.
   */
  contentHash?: string;
}

/** One line of an answer: a summary sentence, a dated event, or one quote. */
export interface AnswerItem {
  /** The text shown. For the extractive engine, the cited sentence itself. */
  text: string;
  /** Quote items: the canonical speaker name ("John Kirby"), an organisation, a group or a document. */
  speaker?: string;
  /** Quote items: the kind of speaker, when the engine knows it. A document or group is never a person. */
  speakerKind?: SpeakerKind;
  /** Quote items: the verbatim words from the source (for reported speech, the reported clause as written). */
  quote?: string;
  /** Quote items: whether `quote` was in quotation marks or reported. */
  quoteKind?: QuoteKind;
  /** Timeline items: an EDTF date at the precision the article supports (`2023-07-26`, `2023-07`, `2023`, `2023-22`, `XXXX-07`). */
  date?: string;
  /** Timeline items: the article's own wording of the date ("In July"). */
  dateText?: string;
  /** At least one; the verifier removes items without. */
  citations: Citation[];
  /** A speaker's record: the story the statement belongs to (its label, or the article's title). */
  story?: string;
  /** A speaker's record: what the same speaker said earlier on the same point, when it differs. */
  earlier?: { text: string; citations: Citation[] };
}

/** What kind of claim two outlets report differently. */
export type DifferenceKind = 'number' | 'attribution' | 'wording';

/** One outlet's side of a difference: its words, cited. */
export interface DifferenceSide {
  /** Verbatim inside one of its citations: the figure ("45,000"), the speaker's name, or the quote. */
  text: string;
  citations: Citation[];
}

/**
 * A claim outlets covering one story report differently: a figure for the same quantity, the same
 * quote given to different speakers, or one speaker's quote worded differently.
 */
export interface Difference {
  kind: DifferenceKind;
  /** What differs, in words from the sources ("vehicles a day", or the quote's opening words). */
  about: string;
  /** Two sides from different outlets. */
  sides: DifferenceSide[];
}

/** A numbered source: one stored article cited by the answer. */
export interface Source {
  /** 1-based number used by footnote markers `[n]`, in order of first citation. */
  n: number;
  articleId: string;
  title: string;
  outlet: string | null;
  url: string | null;
  /** ISO date or date-time as stored, or null when unknown. */
  publishedAt: string | null;
  /**
   * The content hash of the article text the citations index into: which version was cited. A
   * later `updated` re-ingest changes the article's hash (its earlier versions keep theirs). Set by
   * the verifier on every answer.
   */
  contentHash?: string;
}

/** Token usage of one answer (Claude engine only). */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** Tokens written to the prompt cache. */
  cacheCreationInputTokens: number;
  /** Tokens read from the prompt cache. */
  cacheReadInputTokens: number;
}

/** A complete, verified answer. */
export interface Answer {
  kind: AnswerKind;
  /** The query as asked (may be empty when articles were pinned). */
  query: string;
  /** `extractive` or `claude:<model>`. */
  engine: string;
  items: AnswerItem[];
  /** Only the articles still cited after verification, numbered in first-citation order. */
  sources: Source[];
  /** Human-readable notes, e.g. how many items the verifier removed. */
  warnings: string[];
  /** Present when the engine called a model. */
  usage?: Usage;
  /** Summaries and timelines over a story covered by several outlets: where they differ. */
  differences?: Difference[];
  /**
   * `answer` only: the articles do not answer the question, and `items` are the closest cited
   * sentences (shown under "The stored articles don't say.").
   */
  notFound?: boolean;
}

/** What a surface asks an engine for. */
export interface AnswerRequest {
  kind: AnswerKind;
  /** Free text; any string is safe. May be empty when `articles` are pinned. */
  query: string;
  /** Pinned article ids or external ids: answered in full, never cut by relevance or budget. */
  articles?: string[];
  /** Inclusive `YYYY-MM-DD`. */
  since?: string;
  /** Inclusive `YYYY-MM-DD`. */
  until?: string;
  /** Case-insensitive exact outlet name. */
  outlet?: string;
  /** Quotes only: keep one speaker (case-insensitive; canonical name or any alias such as a surname). */
  speaker?: string;
  /** A Discord guild id: global articles plus this guild's own. */
  guild?: string;
  /** A story id (grouping of articles about one event): answer over the whole story. */
  story?: string;
}

/** Progress events an engine emits while answering, so a surface can show the answer forming. */
export type AnswerProgress =
  /** `ids`: the articles read, best first (a follow-up question pins them). */
  | { type: 'retrieved'; articles: number; outlets: number; ids: string[] }
  /** Streamed partial text (Claude engine). */
  | { type: 'text'; text: string }
  | { type: 'done' };

/** Per-call options for an engine. */
export interface AnswerOptions {
  onProgress?: (event: AnswerProgress) => void;
  signal?: AbortSignal;
}

declare const verified: unique symbol;

/**
 * An Answer that went through `verifyAnswer`. Only the verifier produces this type, so an engine
 * cannot return an unverified answer without an explicit cast.
 */
export type VerifiedAnswer = Answer & { readonly [verified]: true };

/** An answering engine. Every implementation returns its output through `verifyAnswer`. */
export interface AnswerEngine {
  /** `extractive` or `claude:<model>`. */
  readonly name: string;
  answer(req: AnswerRequest, opts?: AnswerOptions): Promise<VerifiedAnswer>;
}

/** A citation before verification; `source` is (re)assigned by the verifier. */
export type DraftCitation = Omit<Citation, 'source' | 'contentHash'> & { source?: number };

/** An item before verification. */
export type DraftItem = Omit<AnswerItem, 'citations' | 'earlier'> & {
  citations: DraftCitation[];
  earlier?: { text: string; citations: DraftCitation[] };
  /** Quote items: every name the articles used for the speaker, for the speaker filter (not shown). */
  speakerAliases?: string[];
};

/** A difference before verification. */
export interface DraftDifference {
  kind: DifferenceKind;
  about: string;
  sides: Array<{ text: string; citations: DraftCitation[] }>;
}

/** An engine's raw output. `sources` are built by the verifier from the cited articles. */
export interface AnswerDraft {
  kind: AnswerKind;
  query: string;
  engine: string;
  items: DraftItem[];
  /** Checked like items: every side's citations exact and its text verbatim inside one of them. */
  differences?: DraftDifference[];
  warnings?: string[];
  usage?: Usage;
}
