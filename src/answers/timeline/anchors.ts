import type { OffsetValue } from './candidates.js';
import { toEdtf } from './edtf.js';
import { shiftFrom } from './offset-shift.js';
import type { OffsetExpression } from './offset-text.js';
import type { CalendarValue } from './types.js';

/** A sentence of the article already dated, as an anchor an offset may count from. */
export interface AnchorEvent {
  sentenceIndex: number;
  sentence: string;
  value: CalendarValue;
  /** Where the sentence states the date, relative to the sentence. */
  dateStart: number;
  dateEnd: number;
}

/** How many sentences back the nearest dated event may be for "two days later" to count from it. */
const NEAREST_WINDOW = 2;

/**
 * The date an offset counts from, or null when the article does not make it plain. Conservative by design:
 * - a named event ("a day after the vote") is the dated sentences that name it next to their date (the
 *   same word, loosely stemmed — vote, votes, voted, voting — within ten words of the date and with no
 *   comma or other clause break between: "the council vote took place on Monday", not "… on Friday, the
 *   last drop before the vote"); they must all carry one date, else the offset is dropped;
 * - otherwise the nearest preceding dated event: an earlier date in the same sentence, or the event of one
 *   of the two sentences before it. Farther back, the reader could not tell either.
 */
export function anchorFor(
  o: OffsetExpression,
  here: { sentenceIndex: number; earlierInSentence: readonly CalendarValue[] },
  dated: readonly AnchorEvent[],
  named: readonly AnchorEvent[],
): CalendarValue | null {
  if (!o.resolvable) return null;
  if (o.anchorNoun !== null) return namedAnchor(o.anchorNoun, here.sentenceIndex, named);
  const inSentence = here.earlierInSentence.at(-1);
  if (inSentence) return inSentence;
  const last = dated.at(-1);
  return last && here.sentenceIndex - last.sentenceIndex <= NEAREST_WINDOW ? last.value : null;
}

function namedAnchor(
  noun: string,
  sentenceIndex: number,
  named: readonly AnchorEvent[],
): CalendarValue | null {
  const stem = looseStem(noun);
  const matches = named.filter((e) => e.sentenceIndex !== sentenceIndex && namesNextToDate(e, stem));
  const dates = new Set(matches.map((e) => toEdtf(e.value)));
  return dates.size === 1 ? matches[0]!.value : null;
}

const NEAR_WORDS = 10;
const CLAUSE_BREAK = /[,;:()—–]|\s-\s/;

function namesNextToDate(e: AnchorEvent, stem: string): boolean {
  const before = e.sentence.slice(0, e.dateStart).split(CLAUSE_BREAK).at(-1)!;
  const after = e.sentence.slice(e.dateEnd).split(CLAUSE_BREAK)[0]!;
  const words = [
    ...(before.match(/\p{L}+/gu) ?? []).slice(-NEAR_WORDS),
    ...(after.match(/\p{L}+/gu) ?? []).slice(0, NEAR_WORDS),
  ];
  return words.some((w) => looseStem(w) === stem);
}

/** vote, votes, voted, voting → vot; election, elections → election. */
function looseStem(word: string): string {
  const w = word.toLowerCase().replace(/(?<=.{3})s$/, '');
  return w.replace(/(?<=.{3})(?:ing|ed|e)$/, '');
}

/**
 * Each offset of one sentence resolved against its anchor (see anchorFor), in order, so a second offset
 * in the sentence may count from the first. Unresolved offsets keep their place with a null value.
 */
export function resolveOffsets(
  here: { sentenceIndex: number; direct: readonly { end: number; value: CalendarValue }[] },
  offsets: readonly OffsetExpression[],
  dated: readonly AnchorEvent[],
  named: readonly AnchorEvent[],
): OffsetValue[] {
  const out: OffsetValue[] = [];
  for (const o of offsets) {
    const earlierInSentence = [...here.direct, ...out]
      .filter((c): c is { end: number; value: CalendarValue } => c.end <= o.start && c.value !== null)
      .sort((a, b) => a.end - b.end)
      .map((c) => c.value);
    const anchor = anchorFor(o, { sentenceIndex: here.sentenceIndex, earlierInSentence }, dated, named);
    out.push({ start: o.start, end: o.end, value: anchor && shiftFrom(anchor, o) });
  }
  return out;
}
