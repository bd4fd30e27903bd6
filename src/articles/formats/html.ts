/// <reference lib="dom" />
import type { ArticleDraft, RawKind } from '../article.js';
import { buildDraft } from '../draft.js';
import { UserError } from '../../errors.js';
import { blockText } from './dom-text.js';
import { printedDate, readPageMeta } from './html-meta.js';
import { isPageNoise } from './page-noise.js';
import { splitByline, takeDatelines } from './printed-lines.js';

/** Where an HTML document came from. */
export interface HtmlSource {
  /** File path or URL, for the raw input and messages. */
  source: string;
  /** The page's address (final URL after redirects), used to resolve relative links; null for files. */
  url?: string | null;
  /** `feed-item` when the page was reached from a feed. */
  kind?: Extract<RawKind, 'html' | 'feed-item'>;
}

/** Fewer characters than this is a teaser, a paywall or an index page, not an article. */
export const MIN_ARTICLE_CHARS = 300;

/**
 * A draft from an HTML page: the main text found by Mozilla Readability, metadata from meta tags
 * and JSON-LD `NewsArticle`. jsdom and Readability are loaded only here, on first use, so
 * commands that never read HTML do not pay for them. Throws a UserError when no article is found.
 */
export async function draftFromHtml(html: string, from: HtmlSource): Promise<ArticleDraft> {
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([
    import('jsdom'),
    import('@mozilla/readability'),
  ]);
  // A silent console: page CSS and script errors are not ours to print. Scripts never run.
  const dom = new JSDOM(html, { url: from.url ?? undefined, virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const meta = readPageMeta(document, from.url ?? null);
    const printed = meta.published === null ? printedDate(document) : null;
    // Classes kept: they tell page furniture inside the article container apart (see page-noise).
    const article = new Readability<Node>(document, {
      serializer: (node) => node,
      keepClasses: true,
    }).parse();
    const text = article?.content ? blockText(article.content, { skip: isPageNoise }) : '';
    const { body, date: datelineDate } = takeDatelines(text);
    const byline = splitByline(article?.byline);
    if (body.replace(/\s+/g, ' ').length < MIN_ARTICLE_CHARS) {
      throw new UserError(
        `no article text found (fewer than ${String(MIN_ARTICLE_CHARS)} characters of body text)`,
      );
    }
    return buildDraft({
      body,
      title: meta.title ?? article?.title ?? null,
      outlet: meta.outlet ?? article?.siteName ?? meta.copyrightOutlet,
      byline: meta.byline ?? byline.name,
      published: meta.published ?? article?.publishedTime ?? null,
      printedDate: printed ?? byline.date ?? datelineDate,
      url: from.url ?? meta.canonicalUrl,
      canonicalUrl: meta.canonicalUrl,
      raw: { kind: from.kind ?? 'html', source: from.source, content: html },
    });
  } finally {
    dom.window.close();
  }
}

/** Plain paragraphs of an HTML fragment (a feed item's content), without Readability. */
export async function htmlFragmentToText(html: string): Promise<string> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const dom = new JSDOM(`<!DOCTYPE html><body>${html}</body>`, { virtualConsole: new VirtualConsole() });
  try {
    return blockText(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}
