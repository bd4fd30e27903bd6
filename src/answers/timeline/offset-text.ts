import { insideQuote } from './context.js';
import { seasonCode } from './seasons.js';

/** Units an offset counts in. `weekday` is "the following Monday"; a part of a day ("that afternoon") counts as `day`. */
export type OffsetUnit = 'day' | 'weekday' | 'week' | 'weekend' | 'month' | 'year' | 'season';

/** A date given only relative to another event of the article: "two days later", "the following month". */
export interface OffsetExpression {
  start: number;
  end: number;
  unit: OffsetUnit;
  /** Signed count of units from the anchor: "two days later" 2, "the day before" −1, "that day" 0. */
  count: number;
  /** `calendar`: the next week or month as the calendar has it; `elapsed`: counted from the anchor ("a week later"). */
  counting: 'calendar' | 'elapsed';
  /** For `weekday`, 0 = Sunday … 6 = Saturday; for `season`, the EDTF season code. */
  which?: number;
  /** The event named as the anchor ("vote" in "a day after the vote"), or null for the nearest preceding one. */
  anchorNoun: string | null;
  /** False when the wording names an anchor this module cannot read ("two days after he resigned"). */
  resolvable: boolean;
}

const NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUM = String.raw`(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;
const DAY_PARTS = 'day|morning|afternoon|evening|night';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SEASONS = 'spring|summer|autumn|fall|winter';

// "two days later", "a week earlier", "three months after the vote", "a year before"
const COUNTED_RE = new RegExp(
  String.raw`\b${NUM}\s+(day|week|month|year)s?\s+(later|afterwards?|earlier|after|before|prior\s+to)\b`,
  'gi',
);
// "the next day", "the following week", "the previous month", "the following Monday", "the next spring"
const ORDINAL_RE = new RegExp(
  String.raw`\bthe\s+(next|following|previous|preceding|prior|subsequent)\s+(${DAY_PARTS}|week|weekend|month|year|${SEASONS}|${WEEKDAYS.join('|')})\b`,
  'gi',
);
// "the day before", "the night before the race", "the week after"
const THE_UNIT_RE = new RegExp(
  String.raw`\bthe\s+(${DAY_PARTS}|week|weekend|month|year)\s+(before|after|earlier|later|prior\s+to)\b`,
  'gi',
);
// "that day", "later that afternoon", "the same month", "that summer"
const SAME_RE = new RegExp(
  String.raw`\b(?:(?:later|earlier)\s+)?(?:that|the\s+same|that\s+same)\s+(${DAY_PARTS}|week|weekend|month|year|${SEASONS})\b(?!-)`,
  'gi',
);

// A following "the vote", "its launch", "Comey's letter": the event an offset counts from.
const NAMED_ANCHOR_RE =
  /^\s+(?:the|his|her|its|their|[A-Z][\w.]*['’]s)\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)/;
// Where the event's name ends: a preposition, conjunction, auxiliary or pronoun ("the debate because …").
const NP_STOP = new RegExp(
  String.raw`\s+(?:${[
    'of|on|in|at|to|by|for|as|with|from|into|over|under|about|against|between|during|through|without|within',
    'that|which|who|whom|whose|where|when|while|because|although|though|if|unless|until|before|after|since',
    'and|or|but|so|than|then|amid|despite|following|is|was|were|are|be|been|had|has|have|will|would|could',
    'can|may|might|should|said|says|he|she|it|they|we|i|you|the|a|an|his|her|its|their',
  ].join('|')})\b.*$`,
  'is',
);

/**
 * The offset expressions of one sentence, in order. Stretches of time that only look like offsets
 * ("over the next year", "in the following weeks") and offsets inside quotes (they count from events
 * the speaker had in mind) are left out. Which event each offset counts from is decided by the caller.
 */
export function offsetExpressions(sentence: string): OffsetExpression[] {
  const out: OffsetExpression[] = [];
  for (const m of sentence.matchAll(COUNTED_RE)) {
    const n = NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]);
    const unit = m[2]!.toLowerCase() as OffsetUnit;
    const dir = m[3]!.toLowerCase();
    const back = dir === 'earlier' || dir === 'before' || dir.startsWith('prior');
    if (/^\s+than\b/i.test(sentence.slice(m.index + m[0].length))) continue; // "two days earlier than planned"
    out.push(
      withAnchor(
        sentence,
        m,
        { unit, count: back ? -n : n, counting: 'elapsed' },
        !/later|afterward|earlier/.test(dir),
      ),
    );
  }
  for (const m of sentence.matchAll(ORDINAL_RE)) {
    const dir = m[1]!.toLowerCase();
    if (
      dir === 'next' &&
      /\b(?:over|in|within|for|during|throughout|through|into)\s+$/i.test(before(sentence, m.index))
    )
      continue; // "over the next year": a stretch from now
    if (/\b(?:over|within|for|during|throughout)\s+$/i.test(before(sentence, m.index))) continue;
    const back = dir === 'previous' || dir === 'preceding' || dir === 'prior';
    out.push(withAnchor(sentence, m, { ...unitOf(m[2]!), count: back ? -1 : 1 }, false));
  }
  for (const m of sentence.matchAll(THE_UNIT_RE)) {
    const dir = m[2]!.toLowerCase();
    if (/^\s+(?:last|next|tomorrow|today|yesterday)\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    const back = dir === 'before' || dir === 'earlier' || dir.startsWith('prior');
    out.push(
      withAnchor(
        sentence,
        m,
        { ...unitOf(m[1]!), count: back ? -1 : 1 },
        dir === 'before' || dir === 'after' || dir.startsWith('prior'),
      ),
    );
  }
  for (const m of sentence.matchAll(SAME_RE)) {
    out.push(withAnchor(sentence, m, { ...unitOf(m[1]!), count: 0 }, false));
  }
  const kept: OffsetExpression[] = [];
  for (const o of out.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (insideQuote(sentence, o.start) || o.start < (kept.at(-1)?.end ?? 0)) continue;
    kept.push(o);
  }
  return kept;
}

function before(sentence: string, i: number): string {
  return sentence.slice(Math.max(0, i - 14), i);
}

function unitOf(word: string): Pick<OffsetExpression, 'unit' | 'counting' | 'which'> {
  const w = word.toLowerCase();
  if (DAY_PARTS.split('|').includes(w)) return { unit: 'day', counting: 'calendar' };
  const weekday = WEEKDAYS.indexOf(w);
  if (weekday >= 0) return { unit: 'weekday', counting: 'calendar', which: weekday };
  const season = seasonCode(w);
  if (season !== null) return { unit: 'season', counting: 'calendar', which: season };
  return { unit: w as OffsetUnit, counting: 'calendar' };
}

/** Completes an offset with its anchor: a named event right after "after"/"before", or the nearest one. */
function withAnchor(
  sentence: string,
  m: RegExpMatchArray,
  o: Pick<OffsetExpression, 'unit' | 'count' | 'counting' | 'which'>,
  mayName: boolean,
): OffsetExpression {
  const start = m.index!;
  const end = start + m[0].length;
  if (!mayName) return { ...o, start, end, anchorNoun: null, resolvable: true };
  const rest = sentence.slice(end);
  // "… after." or "… before, when": no event named, the nearest one counts
  if (/^\s*(?:[,.;:!?)]|$)/.test(rest)) return { ...o, start, end, anchorNoun: null, resolvable: true };
  const np = NAMED_ANCHOR_RE.exec(rest);
  if (!np) return { ...o, start, end, anchorNoun: null, resolvable: false };
  const phrase = np[1]!.replace(NP_STOP, '');
  const head = phrase.split(/\s+/).at(-1)!;
  // "the council approved …": a clause, not an event's name
  if (/ed$/i.test(head)) return { ...o, start, end, anchorNoun: null, resolvable: false };
  const npEnd = end + np[0].indexOf(np[1]!) + phrase.length;
  return { ...o, start, end: npEnd, anchorNoun: head.toLowerCase(), resolvable: true };
}
