import type { Span } from '../../articles/article.js';
import { sentenceSpans } from '../../articles/sentences.js';
import type { AnswerKind, DraftCitation, DraftItem } from '../answer.js';
import { containsVerbatim } from '../normalize.js';
import { resolveCitation, type CharLocation } from './citations.js';
import type { SourceDocument } from './documents.js';
import { parseQuoteLine, parseTimelineLine, type LineParse } from './parse-lines.js';

/** The parts of a response content block this parser reads; non-text blocks (thinking) are skipped. */
export interface ResponseBlock {
  type: string;
  text?: string;
  citations?: readonly CharLocation[] | null;
}

export interface ParseOptions {
  kind: AnswerKind;
  blocks: readonly ResponseBlock[];
  docs: readonly SourceDocument[];
  /** `stop_reason` was `max_tokens` (or the context window): the last sentence or line may be cut. */
  truncated: boolean;
}

/** Draft items for the verifier, plus this step's own notes. */
export interface ParsedAnswer {
  items: DraftItem[];
  warnings: string[];
}

interface Piece extends Span {
  citations: DraftCitation[];
}

const TERMINAL = /[.!?…]["'”’)\]]*$/;
const QUOTED = /[“"]([^“”"]*\p{L}[^“”"]*)[”"]/gu;

/**
 * Turns the model's cited text into draft items. The text is cut into units (sentences for a
 * summary, lines for the fixed line formats of timelines and quotes); each unit takes the citations
 * of every text block it overlaps. A unit without citations stays uncited, so the verifier removes
 * and counts it. Citations that do not resolve to the documents sent are ignored and counted. When
 * the output was cut by the token limit, an unfinished last unit is left out.
 */
export function parseAnswer(o: ParseOptions): ParsedAnswer {
  const warnings: string[] = [];
  let text = '';
  let ignored = 0;
  const pieces: Piece[] = [];
  for (const b of o.blocks) {
    if (b.type !== 'text' || typeof b.text !== 'string') continue;
    const citations: DraftCitation[] = [];
    for (const c of b.citations ?? []) {
      const resolved = resolveCitation(o.docs, c);
      if (resolved) citations.push(...resolved);
      else ignored++;
    }
    pieces.push({ start: text.length, end: text.length + b.text.length, citations });
    text += b.text;
  }
  if (ignored > 0)
    warnings.push(
      `Ignored ${ignored} ${ignored === 1 ? 'citation that does' : 'citations that do'} not match the articles sent.`,
    );

  // Summaries and answers to a question are prose; timelines and quotes follow a line format.
  const structured = o.kind === 'timeline' || o.kind === 'quotes';
  const units = structured ? lineSpans(text) : sentenceSpans(text);
  const items: DraftItem[] = [];
  let malformed = 0;
  units.forEach((unit, i) => {
    const unitText = text.slice(unit.start, unit.end).trim();
    const citations = citationsFor(text, unit, pieces);
    const isLast = i === units.length - 1;
    if (!structured) {
      if (o.truncated && isLast && !TERMINAL.test(unitText)) return void warnings.push(CUT_WARNING);
      items.push(withQuoteCheck({ text: unitText, citations }, unitText));
      return;
    }
    const parsed: LineParse = o.kind === 'timeline' ? parseTimelineLine(unitText) : parseQuoteLine(unitText);
    if (o.truncated && isLast && (parsed === null || !parsed.complete))
      return void warnings.push(CUT_WARNING);
    if (parsed === null) {
      // Chatter outside the format: shown nowhere. Uncited, the verifier counts it; cited, it is malformed.
      if (citations.length > 0) malformed++;
      else items.push({ text: unitText, citations });
      return;
    }
    items.push(
      parsed.kind === 'quote'
        ? quoteItem(parsed, citations)
        : withQuoteCheck(
            { text: parsed.event, date: parsed.date, dateText: parsed.when, citations },
            parsed.event,
          ),
    );
  });
  if (malformed > 0)
    warnings.push(
      `Removed ${malformed} ${malformed === 1 ? 'line that does' : 'lines that do'} not follow the answer format.`,
    );
  const published = new Map(o.docs.map((d) => [d.article.id, d.article.publishedAt]));
  const supported = items.filter((item) => yearSupported(item, published));
  const unsupported = items.length - supported.length;
  if (unsupported > 0)
    warnings.push(
      `Removed ${unsupported} dated ${unsupported === 1 ? 'item whose year its source does' : 'items whose year their sources do'} not support.`,
    );
  return { items: supported, warnings };
}

/**
 * A stated year must come from the sources: written in a cited passage, or within a year of a cited
 * article's publication date (relative wording such as "last December"). Otherwise the year was
 * invented, typically for an undated article whose dates must stay `XXXX-…`.
 */
function yearSupported(item: DraftItem, published: ReadonlyMap<string, string | null>): boolean {
  const m = item.date === undefined ? null : /^(\d{4})/.exec(item.date);
  if (!m) return true;
  const year = Number(m[1]);
  return item.citations.some((c) => {
    if (c.text.includes(m[1]!)) return true;
    const p = published.get(c.articleId);
    return p !== null && p !== undefined && Math.abs(Number(p.slice(0, 4)) - year) <= 1;
  });
}

const CUT_WARNING = 'The answer reached its length limit; its unfinished last part was left out.';

function quoteItem(
  p: Extract<NonNullable<LineParse>, { kind: 'quote' }>,
  citations: DraftCitation[],
): DraftItem {
  // Like the offline engine, the item's text is the source sentence that carries the quote.
  const evidence = citations.find((c) => containsVerbatim(c.text, p.quote)) ?? citations[0];
  return {
    text: evidence?.text ?? p.quote,
    speaker: p.speaker,
    quote: p.quote,
    quoteKind: p.quoteKind,
    citations,
  };
}

/**
 * Quotation marks in written prose must enclose the source's exact words too. A sentence with a
 * quoted passage that none of its citations contains gets that passage as its `quote`, so the
 * verifier removes it and counts it with the other unverifiable quotes.
 */
function withQuoteCheck(item: DraftItem, prose: string): DraftItem {
  for (const m of prose.matchAll(QUOTED)) {
    const q = m[1]!.trim();
    if (!item.citations.some((c) => containsVerbatim(c.text, q))) return { ...item, quote: q };
  }
  return item;
}

function citationsFor(text: string, unit: Span, pieces: readonly Piece[]): DraftCitation[] {
  const out: DraftCitation[] = [];
  const seen = new Set<string>();
  for (const p of pieces) {
    const s = Math.max(unit.start, p.start);
    const e = Math.min(unit.end, p.end);
    if (e <= s || !/\S/.test(text.slice(s, e))) continue;
    for (const c of p.citations) {
      const key = `${c.articleId}:${c.start}:${c.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g))
    if (/\S/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
