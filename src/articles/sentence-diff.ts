import type { Span } from './article.js';
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
  const removed: string[] = [];
  const added: string[] = [];
  for (const hunk of alignHunks(
    a.map((s) => s.folded),
    b.map((s) => s.folded),
  )) {
    removed.push(...hunk.removed.map((i) => a[i]!.folded));
    added.push(...hunk.added.map((j) => b[j]!.folded));
  }
  return { removed, added, changed: Math.max(removed.length, added.length) };
}

/** A sentence of the new text, exactly as stored: `text === after.slice(start, end)`. */
export interface NewSentence extends Span {
  text: string;
}

/**
 * What an update did to the sentences a span of the old text lies in: `unchanged` when each of
 * them is still in the new text; otherwise `replaced` with the new sentences that took the place
 * of the changed ones (a rewritten sentence is the added sentence of its hunk sharing most of its
 * words), or `removed` when nothing in the new text replaced them.
 */
export type SpanFate = { kind: 'unchanged' } | { kind: 'replaced'; now: NewSentence[] } | { kind: 'removed' };

// A rewritten sentence keeps much of its wording; below this share of words (Dice coefficient) an
// added sentence is new material, and the old one counts as removed.
const REWRITE_SIMILARITY = 0.4;

export function spanFate(before: string, span: Span, after: string): SpanFate {
  const a = sentencesOf(before);
  const b = sentencesOf(after);
  const hunks = alignHunks(
    a.map((s) => s.folded),
    b.map((s) => s.folded),
  );
  const touched = a.flatMap((s, i) => (s.start < span.end && s.end > span.start ? [i] : []));
  const now = new Map<number, NewSentence>();
  let changed = false;
  for (const i of touched) {
    const hunk = hunks.find((h) => h.removed.includes(i));
    if (!hunk) continue;
    changed = true;
    let best: { j: number; score: number } | null = null;
    for (const j of hunk.added) {
      const score = similarity(a[i]!.folded, b[j]!.folded);
      if (score >= REWRITE_SIMILARITY && (best === null || score > best.score)) best = { j, score };
    }
    if (best) {
      const s = b[best.j]!;
      now.set(best.j, { start: s.start, end: s.end, text: after.slice(s.start, s.end) });
    }
  }
  if (!changed) return { kind: 'unchanged' };
  if (now.size === 0) return { kind: 'removed' };
  return { kind: 'replaced', now: [...now.entries()].sort(([x], [y]) => x - y).map(([, s]) => s) };
}

/** One run of old sentences replaced by new ones between two sentences both texts share (indices). */
interface Hunk {
  removed: number[];
  added: number[];
}

function alignHunks(a: readonly string[], b: readonly string[]): Hunk[] {
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const hunks: Hunk[] = [];
  let hunk: Hunk = { removed: [], added: [] };
  const close = () => {
    if (hunk.removed.length > 0 || hunk.added.length > 0) hunks.push(hunk);
    hunk = { removed: [], added: [] };
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      close();
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) hunk.removed.push(i++);
    else hunk.added.push(j++);
  }
  while (i < a.length) hunk.removed.push(i++);
  while (j < b.length) hunk.added.push(j++);
  close();
  return hunks;
}

function sentencesOf(text: string): Array<Span & { folded: string }> {
  return sentenceSpans(text).map((s) => ({
    ...s,
    folded: text.slice(s.start, s.end).replace(/\s+/g, ' ').trim(),
  }));
}

/** Dice coefficient of the two sentences' sets of lower-cased words. */
function similarity(x: string, y: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wx = words(x);
  const wy = words(y);
  if (wx.size + wy.size === 0) return 0;
  let shared = 0;
  for (const w of wx) if (wy.has(w)) shared++;
  return (2 * shared) / (wx.size + wy.size);
}

/** "updated 2 times; last: 3 sentences changed", or null for an article never updated. */
export function versionsSummary(versions: ReadonlyArray<{ text: string }>, current: string): string | null {
  if (versions.length === 0) return null;
  const last = sentenceDiff(versions.at(-1)!.text, current).changed;
  const times = `${versions.length} ${versions.length === 1 ? 'time' : 'times'}`;
  return `updated ${times}; last: ${last} ${last === 1 ? 'sentence' : 'sentences'} changed`;
}
