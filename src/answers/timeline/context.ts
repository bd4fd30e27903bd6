/** What stands right before a date expression in its sentence: "in", "earlier", "since the" … */

// A qualifier is part of the article's wording of the date: "In July", "earlier this summer", "mid-July".
const QUALIFIER_RE =
  /(?:\b(in|on|during|by|around|at|through|throughout|from|over|since|until|till|before|after|as of)\s+)?(?:\b(early|earlier|late|later|mid|the\s+(?:end|start|beginning|middle)\s+of)(?:\s+|-))?$/i;

/** Start offset that widens [start, …) of a sentence over a preceding preposition and "early/late/mid" qualifier. */
export function widenStart(
  sentence: string,
  start: number,
): { start: number; preposition: string | null; qualifier: string | null } {
  // chrono's "end of last year" leaves out "At the"
  if (/^(?:end|start|beginning|middle)\s+of\b/i.test(sentence.slice(start))) {
    const the = /(?:\b(in|at|by|until|since|before|after|from|through|toward|towards)\s+)?\bthe\s+$/i.exec(
      sentence.slice(Math.max(0, start - 20), start),
    );
    if (the)
      return { start: start - the[0].length, preposition: the[1]?.toLowerCase() ?? null, qualifier: 'the' };
  }
  const m = QUALIFIER_RE.exec(sentence.slice(Math.max(0, start - 40), start));
  if (!m || m[0].length === 0) return { start, preposition: null, qualifier: null };
  return {
    start: start - m[0].length,
    preposition: m[1]?.toLowerCase() ?? null,
    qualifier: m[2]?.toLowerCase() ?? null,
  };
}

// Expressions that place something relative to the date rather than on it: "since 2015", "ahead of the Nov. 8 election".
const RELATIONAL_RE =
  /\b(since|until|till|before|after|ahead of|prior to|following|leading up to|in advance of|compared (?:with|to)|than|as of|through|between)\s+(?:the\s+|a\s+|early\s+|late\s+|mid-?)?$/i;
// "from" starts an event ("services will run from October 28") unless it is a change from a baseline ("up 5% from 2015").
const CHANGE_FROM_RE =
  /(?:\b(?:up|down|increas|decreas|ris|rose|fell|fall|drop|gain|chang|jump|climb|declin|grow|grew)\w*\b|%|\bpercent\b)[^,;]{0,40}\bfrom\s+(?:the\s+)?$/i;

// "compared with $13.51 billion a year ago", "stronger now than he was three years ago"
const COMPARISON_RE =
  /\bcompared\s+(?:with|to)\b[^,;]{0,40}$|\bthan\s+(?:(?:he|she|it|they|we|i|you|there)\s+(?:was|were|did|had|has|have)\s+)?(?:in\s+|on\s+|at\s+|during\s+)?$/i;

// "down from 900 in 1995", "from 31 million in 2022", "from $2 billion a year earlier": the date of a baseline figure
const BASELINE_RE =
  /\bfrom\s+[$€£]?\d[\d.,]*(?:\s*(?:%|[a-z]+)){0,2}\s+(?:(?:in|on|at|during)\s+(?:the\s+)?)?$/i;
// "since the company's listing in 2022", "since she launched her bid in April 2015", "since the director's
// Friday announcement": the start of a stretch of time (or a reason), not the sentence's event
const SINCE_EVENT_RE =
  /\bsince\s+(?:[\p{L}.'’-]+\s+){0,5}(?:(?:in|on|at|during)\s+(?:the\s+)?|[\p{L}.]+['’]s\s+)$/iu;
// "did not begin until May", "will be delayed until October", "waited until Monday to release": the event
// happens at the date, it is not a bound
const UNTIL_IS_EVENT_RE =
  /(?:\b(?:not|never)\b|n't\b)[^,;:]{0,40}\b(?:until|till)\s+$|\b(?:delayed|postponed|pushed\s+back|put\s+off|deferred|adjourned)\s+(?:until|till)\s+$|\bwait(?:ed|s|ing)?\s+(?:until|till)\b[^,;]{0,20}$/i;

/** True when the date is a point of comparison or a boundary, not the time of the sentence's event. */
export function isRelational(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (UNTIL_IS_EVENT_RE.test(before)) return false;
  return (
    RELATIONAL_RE.test(before) ||
    CHANGE_FROM_RE.test(before) ||
    COMPARISON_RE.test(before) ||
    BASELINE_RE.test(before) ||
    SINCE_EVENT_RE.test(before)
  );
}

/** Trims trailing punctuation and spaces chrono sometimes includes ("July," → "July"). */
export function trimEnd(sentence: string, start: number, end: number): number {
  while (end > start && /[\s,.;:!?)\]"'”’]/.test(sentence[end - 1]!)) end--;
  // keep the period of an abbreviation like "Oct." only when it is not the sentence's last character
  return end;
}

/** The word immediately before offset `i` (spaces or one hyphen between, as in "mid-July"), or ''. */
export function wordBefore(sentence: string, i: number): string {
  return /([\p{L}]+)(?:\s+|-)$/u.exec(sentence.slice(Math.max(0, i - 30), i))?.[1] ?? '';
}

/** The word immediately after offset `i` (spaces only between), or ''. */
export function wordAfter(sentence: string, i: number): string {
  return /^\s+([\p{L}]+)/u.exec(sentence.slice(i, i + 30))?.[1] ?? '';
}

/**
 * True when offset `i` lies inside a quotation opened earlier in the same sentence. A relative date in
 * a quote ("Tonight, I want to hear you roar") is anchored to when it was said, which the article
 * rarely states, so it cannot be resolved against the publication day.
 */
export function insideQuote(sentence: string, i: number): boolean {
  const before = sentence.slice(0, i);
  const curlyOpen = (before.match(/“/g) ?? []).length;
  const curlyClose = (before.match(/”/g) ?? []).length;
  if (curlyOpen > curlyClose) return true;
  return (before.match(/"/g) ?? []).length % 2 === 1;
}

// A habit cue in the same clause, shortly before the date.
const HABITUAL_RE =
  /\b(?:usually|typically|normally|generally|traditionally|often|always|annually|every|each)\b[^,;:]{0,50}$/i;

/** True when the clause before `start` states a habit ("usually peaks in August", "every Tuesday"): a year-less date there is no event. */
export function isHabitual(sentence: string, start: number): boolean {
  return HABITUAL_RE.test(sentence.slice(Math.max(0, start - 70), start));
}
