import { extractDatedEvents, type DatedEvent } from '../../src/answers/timeline/index.js';
import type { TimelineFixture } from './fixtures/types.js';

/** One extracted item judged against the labels. */
export interface JudgedItem {
  fixture: string;
  date: string;
  dateText: string;
  sentence: string;
  /** The label for this item's sentence, if any. */
  expected: string | null;
  correct: boolean;
}

/** Totals over a set of fixtures. */
export interface TimelineScore {
  shown: number;
  correct: number;
  expected: number;
  /** Correct items among items shown (right date at the stated precision). */
  precision: number;
  /** Labelled items found with the right date. */
  recall: number;
  /** Labelled items whose sentence gave an item at all, whatever its date. */
  eventRecall: number;
  /** Among labelled items whose sentence gave an item, the share dated exactly right. */
  dateAccuracy: number;
  items: JudgedItem[];
  missed: Array<{ fixture: string; fragment: string; date: string }>;
}

/**
 * Runs extraction over each fixture and judges every item: correct when its sentence holds a
 * labelled fragment and its EDTF equals the label exactly (so a day where the label says month is
 * wrong). Items in sentences with no label count as wrong: they are false timeline entries.
 */
export function scoreFixtures(fixtures: readonly TimelineFixture[]): TimelineScore {
  const items: JudgedItem[] = [];
  const missed: TimelineScore['missed'] = [];
  let expectedTotal = 0;
  let reached = 0;
  for (const f of fixtures) {
    const events = extractDatedEvents({ text: f.text, publishedAt: f.publishedAt });
    const sentenceOf = (e: DatedEvent): string => f.text.slice(e.sentenceSpan.start, e.sentenceSpan.end);
    const found = new Set<string>();
    const touched = new Set<string>();
    for (const e of events) {
      const sentence = sentenceOf(e);
      const label = f.expected.find((x) => sentence.includes(x.fragment));
      const correct = label !== undefined && label.date === e.date;
      if (label) touched.add(label.fragment);
      if (correct) found.add(label.fragment);
      items.push({
        fixture: f.id,
        date: e.date,
        dateText: e.dateText,
        sentence,
        expected: label?.date ?? null,
        correct,
      });
    }
    expectedTotal += f.expected.length;
    reached += touched.size;
    for (const x of f.expected) if (!found.has(x.fragment)) missed.push({ fixture: f.id, ...x });
  }
  const correct = items.filter((i) => i.correct).length;
  return {
    shown: items.length,
    correct,
    expected: expectedTotal,
    precision: items.length === 0 ? 1 : correct / items.length,
    recall: expectedTotal === 0 ? 1 : (expectedTotal - missed.length) / expectedTotal,
    eventRecall: expectedTotal === 0 ? 1 : reached / expectedTotal,
    dateAccuracy: reached === 0 ? 1 : (expectedTotal - missed.length) / reached,
    items,
    missed,
  };
}
