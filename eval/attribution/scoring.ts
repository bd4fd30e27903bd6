import {
  canonicalizeSpeakers,
  extractAttributions,
  type Attribution,
} from '../../src/answers/attribution/index.js';
import { articleText, type Expected, type LabeledArticle } from './types.js';

/** Counts for one or more articles. */
export interface Score {
  directTotal: number;
  directFound: number;
  reportedTotal: number;
  reportedFound: number;
  shown: number;
  shownRight: number;
  /** Human-readable misses and wrong items, for tuning by hand. */
  notes: string[];
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[“”"‘’'.,;:!?()—–-]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Share of `a`'s words (as a multiset) that also occur in `b`. */
function covered(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of a) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(w, n - 1);
    }
  }
  return hit / a.length;
}

const sameName = (a: string, b: string): boolean => {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^(the|a|an)\s+/, '')
      .trim();
  if (norm(a) === norm(b)) return true;
  const m = canonicalizeSpeakers([a, b]);
  return norm(m.get(a) ?? a) === norm(m.get(b) ?? b);
};

const sameSpeaker = (emitted: string, e: Expected): boolean =>
  [e.speaker, ...(e.aliases ?? [])].some((name) => sameName(emitted, name));

/**
 * Whether an emitted speaker kind fits a labelled one. People must come out as people ('unknown' is a
 * person named only by surname), documents as documents; organisations and groups of people may stand
 * for each other, since "the agency" and "agency officials" are often the same voice. Unlabelled: any.
 */
export function kindFits(label: Expected['speakerKind'], emitted: string): boolean {
  if (label === undefined) return true;
  if (label === 'person') return emitted === 'person' || emitted === 'unknown';
  if (label === 'document') return emitted === 'document';
  return emitted === 'organization' || emitted === 'group';
}

/**
 * Recall: a labelled item is found when an emitted item has the same speaker and covers ≥80% (direct)
 * or ≥60% (reported) of its words without being more than twice as long. Precision: an emitted item is
 * right when it has a labelled item's speaker and ≥50% of its words lie in that labelled text.
 */
export function scoreArticle(
  article: LabeledArticle,
  got: readonly Attribution[] = extractAttributions({ text: articleText(article), title: article.title }),
): Score {
  const s: Score = {
    directTotal: 0,
    directFound: 0,
    reportedTotal: 0,
    reportedFound: 0,
    shown: got.length,
    shownRight: 0,
    notes: [],
  };
  const found = (e: Expected): boolean =>
    got.some((g) => {
      if (!sameSpeaker(g.speaker, e) || !kindFits(e.speakerKind, g.speakerKind)) return false;
      const ew = words(e.text);
      const gw = words(g.quote);
      const need = e.kind === 'direct' ? 0.8 : 0.6;
      return covered(ew, gw) >= need && covered(gw, ew) >= 0.5;
    });
  for (const e of article.expected) {
    const ok = found(e);
    if (e.kind === 'direct') {
      s.directTotal++;
      if (ok) s.directFound++;
    } else {
      s.reportedTotal++;
      if (ok) s.reportedFound++;
    }
    if (!ok)
      s.notes.push(
        `[${article.id}] MISSED ${e.kind} ${e.speaker}${e.speakerKind ? ` (${e.speakerKind})` : ''}: ${e.text}`,
      );
  }
  for (const g of got) {
    const right = article.expected.some(
      (e) =>
        sameSpeaker(g.speaker, e) &&
        kindFits(e.speakerKind, g.speakerKind) &&
        covered(words(g.quote), words(e.text)) >= 0.5,
    );
    if (right) s.shownRight++;
    else s.notes.push(`[${article.id}] WRONG ${g.quoteKind} ${g.speaker} (${g.speakerKind}): ${g.quote}`);
  }
  return s;
}

/** Sums article scores. */
export function total(scores: readonly Score[]): Score {
  const t: Score = {
    directTotal: 0,
    directFound: 0,
    reportedTotal: 0,
    reportedFound: 0,
    shown: 0,
    shownRight: 0,
    notes: [],
  };
  for (const s of scores) {
    t.directTotal += s.directTotal;
    t.directFound += s.directFound;
    t.reportedTotal += s.reportedTotal;
    t.reportedFound += s.reportedFound;
    t.shown += s.shown;
    t.shownRight += s.shownRight;
    t.notes.push(...s.notes);
  }
  return t;
}

/** Direct recall, reported recall and precision as fractions. */
export function rates(s: Score): { directRecall: number; reportedRecall: number; precision: number } {
  return {
    directRecall: s.directTotal === 0 ? 1 : s.directFound / s.directTotal,
    reportedRecall: s.reportedTotal === 0 ? 1 : s.reportedFound / s.reportedTotal,
    precision: s.shown === 0 ? 1 : s.shownRight / s.shown,
  };
}
