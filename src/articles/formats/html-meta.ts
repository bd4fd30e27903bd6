/// <reference lib="dom" />
import { outletFromCopyright } from '../clean/copyright.js';
import { visibleDate } from '../metadata/visible-date.js';

/** Article metadata found in a page's meta tags, JSON-LD and footer. */
export interface PageMeta {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  canonicalUrl: string | null;
  /** Publisher named by a copyright notice anywhere on the page (Readability drops footers). */
  copyrightOutlet: string | null;
}

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|Report|ReportageNewsArticle)$/;

/** Reads metadata before Readability runs (Readability changes the document). */
export function readPageMeta(document: Document, pageUrl: string | null): PageMeta {
  const ld = jsonLdArticle(document);
  const meta = (selector: string): string | null => {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    return value ? value : null;
  };
  const canonical =
    absoluteHttpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), pageUrl) ??
    absoluteHttpUrl(meta('meta[property="og:url"]'), pageUrl) ??
    absoluteHttpUrl(ldString(ld?.url) ?? ldString(ld?.mainEntityOfPage), pageUrl);
  const metaAuthor = meta('meta[name="author" i]') ?? meta('meta[property="article:author"]');
  return {
    title: ldString(ld?.headline) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]'),
    outlet:
      ldName(ld?.publisher) ?? meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    byline: ldName(ld?.author) ?? (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null),
    published:
      ldString(ld?.datePublished) ??
      meta('meta[property="article:published_time"]') ??
      meta('meta[itemprop="datePublished"]') ??
      meta('meta[name="pubdate" i]') ??
      meta('meta[name="publish-date" i]') ??
      meta('meta[name="date" i]') ??
      meta('meta[name="DC.date.issued" i]') ??
      document.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime') ??
      null,
    canonicalUrl: canonical,
    copyrightOutlet: copyrightOutlet(document),
  };
}

// Where pages print the publication date: <time> elements and boxes named for dates.
const DATE_BOXES =
  'time, [class*="timestamp" i], [class*="dateline" i], [class*="publish" i], [class*="date" i], [itemprop="datePublished"]';
const MAX_DATE_BOXES = 60;

/**
 * The first date the page prints as a whole date (see visibleDate): in a date box, or in a short
 * line that says it is the publication date ("Published 5:04 PM EDT, Tue September 5, 2023").
 * Looked for only when the metadata gives no date (it scans the whole page); call it before
 * Readability changes the document.
 */
export function printedDate(document: Document): string | null {
  const boxes = Array.from(document.querySelectorAll(DATE_BOXES)).slice(0, MAX_DATE_BOXES);
  for (const box of boxes) {
    const text = squash(box.textContent);
    const date = text.length <= 100 ? visibleDate(text) : null;
    if (date) return date;
  }
  if (!document.body) return null;
  const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
  const walker = document.createTreeWalker(document.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = squash(node.nodeValue);
    if (text.length > 100 || !/^(?:first published|published|updated|posted)\b/i.test(text)) continue;
    const date = visibleDate(squash(node.parentElement?.textContent ?? text)) ?? visibleDate(text);
    if (date) return date;
  }
  return null;
}

type LdObject = Record<string, unknown>;

/** The first JSON-LD object typed as a news article (top level, in a list, or in `@graph`). */
function jsonLdArticle(document: Document): LdObject | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    let data: unknown;
    try {
      // Some pages wrap the JSON in a CDATA section (for XHTML parsers).
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // Broken JSON-LD is common; the meta tags may still help.
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...(item as unknown[]));
      else if (isObject(item)) {
        const types = ([] as unknown[]).concat(item['@type']);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return item;
        if (Array.isArray(item['@graph'])) queue.push(...(item['@graph'] as unknown[]));
      }
    }
  }
  return null;
}

function ldString(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (isObject(value)) return ldString(value['@id'] ?? value.url);
  return null;
}

/** A name, or names joined, from a JSON-LD person/organisation value. */
function ldName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(ldName).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  return isObject(value) ? ldName(value.name) : null;
}

function copyrightOutlet(document: Document): string | null {
  if (!document.body) return null;
  const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT (NodeFilter lives on the jsdom window, not in Node).
  const walker = document.createTreeWalker(document.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!/©|copyright/i.test(node.nodeValue ?? '')) continue;
    // The notice may be split over inline elements: read the largest short ancestor.
    let el = node.parentElement;
    while (el?.parentElement && squash(el.parentElement.textContent).length <= 200) el = el.parentElement;
    const name = el ? outletFromCopyright(squash(el.textContent)) : null;
    if (name) return name;
  }
  return null;
}

function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function absoluteHttpUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is LdObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
