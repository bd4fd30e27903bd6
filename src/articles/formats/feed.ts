import { XMLParser } from 'fast-xml-parser';
import { UserError } from '../../errors.js';

/** One entry of an RSS or Atom feed. */
export interface FeedItem {
  title: string | null;
  /** The article page. */
  link: string | null;
  published: string | null;
  author: string | null;
  /** The item's own content (HTML or text): full content when given, else the summary/description. */
  content: string | null;
  id: string | null;
}

export interface Feed {
  /** The feed's title (often the publisher's name). */
  title: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom. Relative item links are resolved against `baseUrl`.
 * Throws a UserError when the document is not a feed.
 */
export function parseFeed(xml: string, baseUrl: string | null = null): Feed {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator'].includes(name),
  });
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new UserError(`not a readable feed: ${(err as Error).message}`);
  }
  const rss = child(child(doc, 'rss'), 'channel');
  if (rss) return { title: text(rss.title), items: list(rss.item).map((i) => rssItem(i, baseUrl)) };
  const rdf = child(doc, 'rdf:RDF');
  if (rdf)
    return {
      title: text(child(rdf, 'channel')?.title),
      items: list(rdf.item).map((i) => rssItem(i, baseUrl)),
    };
  const atom = child(doc, 'feed');
  if (atom) return { title: text(atom.title), items: list(atom.entry).map((e) => atomEntry(e, baseUrl)) };
  throw new UserError('not an RSS or Atom feed');
}

function rssItem(item: Node, baseUrl: string | null): FeedItem {
  const link = text(list(item.link)[0]);
  const guid = item.guid;
  const guidIsLink =
    typeof guid === 'object' && guid !== null ? (guid as Node)['@_isPermaLink'] !== 'false' : true;
  const guidText = text(guid);
  return {
    title: text(item.title),
    link: absolute(link ?? (guidIsLink && guidText && /^https?:/i.test(guidText) ? guidText : null), baseUrl),
    published: text(item.pubDate) ?? text(item['dc:date']),
    author: text(list(item['dc:creator'])[0]) ?? text(list(item.author)[0]),
    content: text(item['content:encoded']) ?? text(item.description),
    id: guidText,
  };
}

function atomEntry(entry: Node, baseUrl: string | null): FeedItem {
  const links = list(entry.link);
  const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate');
  const authors = list(entry.author)
    .map((a) => text(a.name))
    .filter((n): n is string => n !== null);
  return {
    title: text(entry.title),
    link: absolute(typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : null, baseUrl),
    published: text(entry.published) ?? text(entry.updated),
    author: authors.length > 0 ? authors.join(', ') : null,
    content: text(entry.content) ?? text(entry.summary),
    id: text(entry.id),
  };
}

/** The text of a parsed node: a string, or an element's `#text`. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return text((value as Node)['#text']);
  return null;
}

function child(node: unknown, name: string): Node | null {
  if (typeof node !== 'object' || node === null) return null;
  const value = (node as Node)[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : null;
}

/** Elements that may repeat, as a list of element nodes (bare strings become `#text` nodes). */
function list(value: unknown): Node[] {
  const items: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map((v) => (typeof v === 'object' && v !== null ? (v as Node) : { '#text': v }));
}

function absolute(link: string | null, baseUrl: string | null): string | null {
  if (!link) return null;
  try {
    const url = baseUrl ? new URL(link, baseUrl) : new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Whether a fetched document is a feed rather than a page: by Content-Type (RSS/Atom/RDF), or by
 * sniffing its first element (servers often send feeds as text/xml or even text/html).
 */
export function looksLikeFeed(body: string, contentType: string | null): boolean {
  if (contentType && /(rss|atom|rdf)\+xml/i.test(contentType)) return true;
  const head = body
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}
