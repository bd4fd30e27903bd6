import { JSDOM, VirtualConsole } from 'jsdom';
import type { ArticleDraft } from '../../src/articles/article.js';
import { blockText } from '../../src/articles/formats/dom-text.js';
import { draftFromHtml } from '../../src/articles/formats/html.js';
import { createHash } from 'node:crypto';
import type { CorpusPage } from './corpus.js';
import { NOISE_LABELS, type NoiseKind } from './noise-labels.js';
import { sameMoment, sameName, scoreText, squash, type TextScore } from './scoring.js';

/** A field the page gives (per its expected metadata), and whether we read it the same. */
export interface FieldResult {
  expected: string;
  got: string | null;
  ok: boolean;
}

export interface PageResult {
  id: string;
  /** Against the expected text as given. */
  text: TextScore;
  /** Against the expected text without its labelled noise paragraphs (see noise-labels.ts). */
  article: TextScore;
  /** Labelled noise paragraphs still in our text. */
  noise: Array<{ kind: NoiseKind; paragraph: string }>;
  /** Why nothing was extracted, when ingest failed. */
  error: string | null;
  title: FieldResult;
  outlet: FieldResult | null;
  byline: FieldResult | null;
  published: FieldResult | null;
  ms: number;
}

/** The expected article text: the expected HTML as paragraphs, read the way we read pages. */
export function expectedText(page: CorpusPage): string {
  const dom = new JSDOM(page.expectedHtml, { virtualConsole: new VirtualConsole() });
  try {
    return blockText(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

/** Ingests one page as `newsroom ingest page.html` would and scores what came out. */
export async function evaluatePage(page: CorpusPage): Promise<PageResult> {
  const started = performance.now();
  let draft: ArticleDraft | null = null;
  let error: string | null = null;
  try {
    draft = await draftFromHtml(page.html, { source: `${page.id}/source.html` });
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const ms = performance.now() - started;
  const e = page.expected;
  const field = (
    expected: string | null,
    got: string | null,
    same: (a: string, b: string | null) => boolean,
  ): FieldResult | null => (expected === null ? null : { expected, got, ok: same(expected, got) });
  const expected = expectedText(page);
  const got = draft?.text ?? '';
  const noiseOf = noiseKinds(page.id);
  return {
    id: page.id,
    text: scoreText(expected, got),
    article: scoreText(
      paragraphs(expected)
        .filter((p) => !noiseOf.has(labelHash(p)))
        .join('\n\n'),
      got,
    ),
    noise: paragraphs(got).flatMap((p) => {
      const kind = noiseOf.get(labelHash(p));
      return kind ? [{ kind, paragraph: p }] : [];
    }),
    error,
    title: field(squash(e.title), draft?.title ?? null, (a, b) => a === squash(b))!,
    outlet: field(e.siteName, draft?.outlet ?? null, sameName),
    byline: field(e.byline, draft?.byline ?? null, sameName),
    published: field(e.publishedTime, draft?.publishedAt ?? null, sameMoment),
    ms,
  };
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((p) => p.trim() !== '');

/** How a paragraph is named in noise-labels.ts. */
export function labelHash(paragraph: string): string {
  const key = paragraph.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

function noiseKinds(page: string): Map<string, NoiseKind> {
  const out = new Map<string, NoiseKind>();
  for (const [kind, hashes] of Object.entries(NOISE_LABELS[page] ?? {}))
    for (const h of hashes) out.set(h, kind as NoiseKind);
  return out;
}

/** Totals over pages: text scores averaged per page (each page counts once) and over all words. */
export interface Summary {
  pages: number;
  failed: number;
  recall: number;
  precision: number;
  minRecall: number;
  minPrecision: number;
  wordRecall: number;
  wordPrecision: number;
  extraParagraphs: number;
  /** The same text scores against the expected text without its labelled noise. */
  articleRecall: number;
  articlePrecision: number;
  /** Labelled noise paragraphs kept, by kind, and how many are labelled. */
  noiseKept: Partial<Record<NoiseKind, number>>;
  noiseLabelled: number;
  title: Rate;
  outlet: Rate;
  byline: Rate;
  published: Rate;
}

export interface Rate {
  ok: number;
  of: number;
}

export function summarize(results: readonly PageResult[]): Summary {
  const mean = (f: (r: PageResult) => number) => results.reduce((s, r) => s + f(r), 0) / results.length;
  const total = (f: (r: TextScore) => number) => results.reduce((s, r) => s + f(r.text), 0);
  const rate = (f: (r: PageResult) => FieldResult | null): Rate => {
    const fields = results.map(f).filter((x): x is FieldResult => x !== null);
    return { ok: fields.filter((x) => x.ok).length, of: fields.length };
  };
  return {
    pages: results.length,
    failed: results.filter((r) => r.error !== null).length,
    recall: mean((r) => r.text.recall),
    precision: mean((r) => r.text.precision),
    minRecall: Math.min(...results.map((r) => r.text.recall)),
    minPrecision: Math.min(...results.map((r) => r.text.precision)),
    wordRecall: total((t) => t.recall * t.expectedWords) / total((t) => t.expectedWords),
    wordPrecision: total((t) => t.precision * t.extractedWords) / total((t) => t.extractedWords),
    extraParagraphs: total((t) => t.extra.length),
    articleRecall: mean((r) => r.article.recall),
    articlePrecision: mean((r) => r.article.precision),
    noiseKept: results
      .flatMap((r) => r.noise)
      .reduce<Partial<Record<NoiseKind, number>>>(
        (acc, n) => ({ ...acc, [n.kind]: (acc[n.kind] ?? 0) + 1 }),
        {},
      ),
    noiseLabelled: Object.values(NOISE_LABELS).reduce(
      (sum, kinds) => sum + Object.values(kinds).reduce((n, hashes) => n + hashes.length, 0),
      0,
    ),
    title: rate((r) => r.title),
    outlet: rate((r) => r.outlet),
    byline: rate((r) => r.byline),
    published: rate((r) => r.published),
  };
}
