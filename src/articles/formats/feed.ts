import { UserError } from '../../errors.js';
import { parseJsonFeed } from './json-feed.js';
import { parseXmlFeed } from './xml-feed.js';
import type { Feed } from './feed-types.js';

export type { Feed, FeedItem } from './feed-types.js';

/**
 * Parses RSS 0.9x/1.0 (RDF)/2.0, Atom and JSON Feed. Relative item links are resolved against
 * `baseUrl`. Throws a UserError saying what is wrong when the document is not a readable feed:
 * empty, an HTML page, cut-off or malformed XML, or XML of another kind.
 */
export function parseFeed(text: string, baseUrl: string | null = null): Feed {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new UserError('not a feed: the response is empty');
  if (/^(?:<!doctype html|<html[\s>])/i.test(stripProlog(body))) {
    throw new UserError('not a feed: the address serves an HTML page');
  }
  if (body.startsWith('{')) return parseJsonFeed(body, baseUrl);
  return parseXmlFeed(body, baseUrl);
}

/**
 * Whether a fetched document is a feed rather than a page: by Content-Type (RSS/Atom/RDF, JSON
 * Feed), or by sniffing its first element or JSON Feed version (servers often send feeds as
 * text/xml, application/json or even text/html).
 */
export function looksLikeFeed(body: string, contentType: string | null): boolean {
  if (contentType && /(?:rss|atom|rdf)\+xml|feed\+json/i.test(contentType)) return true;
  const head = stripProlog(body.slice(0, 4096).replace(/^\uFEFF/, ''));
  if (/^<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return true;
  return /^\{[\s\S]{0,400}"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head);
}

/** The document without its XML declaration, processing instructions, comments and doctype. */
function stripProlog(text: string): string {
  return text.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE rss[^>]*>))*/i, '').trimStart();
}
