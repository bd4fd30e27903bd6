import type { QuoteKind } from '../answer.js';

/**
 * Parsers for the line formats that prompts/whosaid.md and prompts/timeline.md ask for:
 *   SPEAKER: John Kirby | KIND: direct | QUOTE: "…"
 *   DATE: 2023-07 | WHEN: In July | EVENT: …
 * Tolerant of bullets, bold labels and spacing; null when a line is not in the format.
 */
export type LineParse =
  | { kind: 'quote'; speaker: string; quoteKind: QuoteKind; quote: string; complete: boolean }
  | { kind: 'event'; date: string; when: string; event: string; complete: boolean }
  | null;

const QUOTE_LINE = /^SPEAKER:\s*([^|]+?)\s*\|\s*KIND:\s*(direct|reported)\s*\|\s*QUOTE:\s*(.+?)\s*$/i;
const EVENT_LINE = /^DATE:\s*([^|\s]+)\s*\|\s*WHEN:\s*([^|]+?)\s*\|\s*EVENT:\s*(.+?)\s*$/i;
const OPEN = `"“`;
const CLOSE = `"”`;

export function parseQuoteLine(line: string): LineParse {
  const m = QUOTE_LINE.exec(clean(line));
  if (!m) return null;
  const raw = m[3]!;
  const opened = OPEN.includes(raw[0]!);
  const closed = raw.length > 1 && CLOSE.includes(raw.at(-1)!);
  const quote = raw.slice(opened ? 1 : 0, closed && opened ? -1 : undefined).trim();
  if (quote === '') return null;
  return {
    kind: 'quote',
    speaker: m[1]!.trim(),
    quoteKind: m[2]!.toLowerCase() as QuoteKind,
    quote,
    complete: !opened || closed,
  };
}

export function parseTimelineLine(line: string): LineParse {
  const m = EVENT_LINE.exec(clean(line));
  if (!m) return null;
  const when = m[2]!.replace(/^["“](.*)["”]$/, '$1').trim();
  const event = m[3]!.trim();
  if (when === '' || event === '') return null;
  return { kind: 'event', date: m[1]!.trim(), when, event, complete: /[.!?…]["'”’)\]]*$/.test(event) };
}

function clean(line: string): string {
  return line
    .trim()
    .replace(/^(?:[-*•]\s+|\d+[.)]\s+)/, '')
    .replace(/\*\*(SPEAKER|KIND|QUOTE|DATE|WHEN|EVENT)(:?)\*\*:?/gi, '$1:');
}
