import type { Article } from '../articles/article.js';
import type {
  AnswerDraft,
  AnswerItem,
  Citation,
  Difference,
  DraftCitation,
  DraftDifference,
  DraftItem,
  Source,
  VerifiedAnswer,
} from './answer.js';
import { containsVerbatim } from './normalize.js';

/** Why an item was removed; each reason is counted in one warning line. */
type Failure = 'uncited' | 'unknown' | 'mismatch' | 'quote' | 'date' | 'difference';

const MESSAGES: Record<Failure, (n: number) => string> = {
  uncited: (n) => `Removed ${plural(n, 'item')} without a citation.`,
  unknown: (n) => `Removed ${plural(n, 'item')} citing an unknown or duplicate article.`,
  mismatch: (n) => `Removed ${plural(n, 'item')} whose citation does not match the stored article text.`,
  quote: (n) =>
    `Removed ${plural(n, 'quote')} that ${n === 1 ? 'does' : 'do'} not appear verbatim in ${n === 1 ? 'its source' : 'their sources'}.`,
  date: (n) =>
    `Removed ${plural(n, 'dated item')} whose date is malformed or not worded in ${n === 1 ? 'its source' : 'their sources'}.`,
  difference: (n) => `Removed ${plural(n, 'source difference')} that could not be verified in the sources.`,
};

// EDTF levels 0–1 as the engines emit them: a year (or XXXX), a month or season (21–24), a day, and
// an optional uncertainty qualifier.
const EDTF = /^(?:\d{4}|XXXX)(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|2[1-4]))?[?~%]?$/;

/**
 * The one verifier every engine's output passes through. Each item must have at least one
 * citation; every citation must point at a known, non-duplicate article and equal
 * `article.text.slice(start, end)`; every `quote` must appear verbatim (modulo whitespace, quote and
 * dash variants) inside one of its citations; a `date` must be EDTF and its `dateText` must be
 * worded in a citation. A failing item is removed, never repaired, and counted in `warnings`.
 * Differences between sources are checked the same way: every side cited exactly, its text verbatim
 * in one of its citations, and what it is about worded in a citation; a failing one is removed whole. Sources are then rebuilt from the
 * articles still cited, numbered in first-citation order (items first, then differences).
 */
export function verifyAnswer(draft: AnswerDraft, articlesById: ReadonlyMap<string, Article>): VerifiedAnswer {
  const counts = new Map<Failure, number>();
  const kept: DraftItem[] = [];
  for (const item of draft.items) {
    const failure = checkItem(item, articlesById);
    if (failure === null) kept.push(item);
    else counts.set(failure, (counts.get(failure) ?? 0) + 1);
  }

  const keptDifferences: DraftDifference[] = [];
  for (const d of draft.differences ?? []) {
    if (differenceVerifies(d, articlesById)) keptDifferences.push(d);
    else counts.set('difference', (counts.get('difference') ?? 0) + 1);
  }

  const numbers = new Map<string, number>();
  const sources: Source[] = [];
  const numbered = (c: DraftCitation): Citation => {
    let n = numbers.get(c.articleId);
    if (n === undefined) {
      const a = articlesById.get(c.articleId)!;
      n = sources.length + 1;
      numbers.set(c.articleId, n);
      sources.push({
        n,
        articleId: a.id,
        title: a.title,
        outlet: a.outlet,
        url: a.url,
        publishedAt: a.publishedAt,
        contentHash: a.contentHash,
      });
    }
    const { contentHash } = articlesById.get(c.articleId)!;
    return { source: n, articleId: c.articleId, start: c.start, end: c.end, text: c.text, contentHash };
  };
  const items: AnswerItem[] = kept.map(({ speakerAliases: _aliases, earlier, ...item }) => ({
    ...item,
    citations: item.citations.map(numbered),
    ...(earlier ? { earlier: { text: earlier.text, citations: earlier.citations.map(numbered) } } : {}),
  }));
  const differences: Difference[] = keptDifferences.map((d) => ({
    kind: d.kind,
    about: d.about,
    sides: d.sides.map((s) => ({ text: s.text, citations: s.citations.map(numbered) })),
  }));

  const warnings = [...(draft.warnings ?? [])];
  for (const failure of Object.keys(MESSAGES) as Failure[]) {
    const n = counts.get(failure);
    if (n) warnings.push(MESSAGES[failure](n));
  }
  const answer = {
    kind: draft.kind,
    query: draft.query,
    engine: draft.engine,
    items,
    sources,
    warnings,
    ...(differences.length > 0 ? { differences } : {}),
  };
  return (draft.usage ? { ...answer, usage: draft.usage } : answer) as VerifiedAnswer;
}

/** Builds the id → article map `verifyAnswer` takes. */
export function indexArticles(articles: Iterable<Article>): Map<string, Article> {
  const map = new Map<string, Article>();
  for (const a of articles) map.set(a.id, a);
  return map;
}

function checkItem(item: DraftItem, articles: ReadonlyMap<string, Article>): Failure | null {
  if (item.citations.length === 0) return 'uncited';
  for (const c of item.citations) {
    const a = articles.get(c.articleId);
    if (!a || a.duplicateOf !== null) return 'unknown';
    if (!citationMatches(c, a.text)) return 'mismatch';
  }
  if (item.quote !== undefined && !item.citations.some((c) => containsVerbatim(c.text, item.quote!)))
    return 'quote';
  if (item.earlier !== undefined) {
    const { text, citations } = item.earlier;
    for (const c of citations) {
      const a = articles.get(c.articleId);
      if (!a || a.duplicateOf !== null) return 'unknown';
      if (!citationMatches(c, a.text)) return 'mismatch';
    }
    if (!citations.some((c) => containsVerbatim(c.text, text))) return 'quote';
  }
  if (item.date !== undefined) {
    if (!EDTF.test(item.date)) return 'date';
    if (item.dateText !== undefined && !item.citations.some((c) => containsVerbatim(c.text, item.dateText!)))
      return 'date';
  }
  return null;
}

function differenceVerifies(d: DraftDifference, articles: ReadonlyMap<string, Article>): boolean {
  // What the note is about is shown too: its words (quote marks and an ellipsis aside) are cited.
  const about = d.about.replace(/^“|”$|\s*…”?$/g, '').trim();
  return (
    d.sides.length >= 2 &&
    d.sides.some((side) => side.citations.some((c) => containsVerbatim(c.text, about))) &&
    d.sides.every(
      (side) =>
        side.citations.length > 0 &&
        side.citations.every((c) => {
          const a = articles.get(c.articleId);
          return a !== undefined && a.duplicateOf === null && citationMatches(c, a.text);
        }) &&
        side.citations.some((c) => containsVerbatim(c.text, side.text)),
    )
  );
}

function citationMatches(c: DraftCitation, text: string): boolean {
  return (
    Number.isInteger(c.start) &&
    Number.isInteger(c.end) &&
    c.start >= 0 &&
    c.end > c.start &&
    c.end <= text.length &&
    typeof c.text === 'string' &&
    text.slice(c.start, c.end) === c.text
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
