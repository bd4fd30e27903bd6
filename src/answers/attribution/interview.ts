import type { Span } from '../../articles/article.js';
import { paragraphSpans } from '../../articles/passages.js';
import type { ReadContext } from './context.js';
import type { Entity } from './discourse.js';

/** One answer of a Q-and-A interview: the words after "A:" and the paragraph holding them. */
export interface InterviewAnswer {
  entity: Entity;
  quoteSpan: Span;
  evidenceSpan: Span;
}

const TURN = /^\s*(Q|A|Question|Answer)\s*[:.]\s+/;
const INTRO = /\b(?:interview|sat down with|spoke with|talked (?:to|with)|Q&A|questions?)\b/i;

/**
 * The answers of an interview printed as "Q: … / A: …" paragraphs, given to the one person the
 * paragraphs before the first question introduce as their subject. Nothing when the introduction
 * names no one, or more than one person, as its subject: the answers would be guessed.
 */
export function interviewAnswers(ctx: ReadContext): InterviewAnswer[] {
  const { text } = ctx;
  const turns = paragraphSpans(text).map((p) => ({ p, m: TURN.exec(text.slice(p.start, p.end)) }));
  const first = turns.findIndex((t) => t.m !== null);
  if (
    first <= 0 ||
    !turns.some((t) => t.m?.[1]!.startsWith('A')) ||
    !turns.some((t) => t.m?.[1]!.startsWith('Q'))
  )
    return [];
  const intro = { start: turns[0]!.p.start, end: turns[first - 1]!.p.end };
  if (!INTRO.test(text.slice(intro.start, intro.end))) return [];
  const subjects = ctx.discourse.entities.filter(
    (e) =>
      e.kind === 'person' &&
      e.anonHead === null &&
      e.nameTokens.length >= 2 &&
      e.mentions.some((m) => m.level === 2 && m.pos >= intro.start && m.pos < intro.end),
  );
  if (subjects.length !== 1) return [];
  const entity = subjects[0]!;
  return turns.flatMap(({ p, m }) => {
    if (m === null || !m[1]!.startsWith('A')) return [];
    let end = p.end;
    while (end > p.start && /\s/.test(text[end - 1]!)) end--;
    const start = p.start + m[0].length;
    return end > start ? [{ entity, quoteSpan: { start, end }, evidenceSpan: { start: p.start, end } }] : [];
  });
}
