import { sentenceSpans } from './sentences.js';

/** What changed between two texts, sentence by sentence. */
export interface SentenceDiff {
  /** Sentences of the old text that are not in the new one, in order. */
  removed: string[];
  /** Sentences of the new text that are not in the old one, in order. */
  added: string[];
  /** Sentences changed: a rewritten sentence counts once (max of removed and added). */
  changed: number;
}

/**
 * A sentence-level diff by longest common subsequence of whole sentences (whitespace runs
 * folded): a sentence kept as it was is unchanged wherever it moved to within that order.
 */
export function sentenceDiff(before: string, after: string): SentenceDiff {
  const a = sentencesOf(before);
  const b = sentencesOf(after);
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) removed.push(a[i++]!);
    else added.push(b[j++]!);
  }
  removed.push(...a.slice(i));
  added.push(...b.slice(j));
  return { removed, added, changed: Math.max(removed.length, added.length) };
}

function sentencesOf(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim());
}

/** "updated 2 times; last: 3 sentences changed", or null for an article never updated. */
export function versionsSummary(versions: ReadonlyArray<{ text: string }>, current: string): string | null {
  if (versions.length === 0) return null;
  const last = sentenceDiff(versions.at(-1)!.text, current).changed;
  const times = `${versions.length} ${versions.length === 1 ? 'time' : 'times'}`;
  return `updated ${times}; last: ${last} ${last === 1 ? 'sentence' : 'sentences'} changed`;
}
