import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UserError } from '../../errors.js';
import type { Feed, FeedItem } from './feed-types.js';
import { absoluteLink } from './feed-links.js';

type Node = Record<string, unknown>;

// Atom content may be XHTML markup: kept as written rather than parsed into elements.
const RAW_ATOM = ['feed.entry.content', 'feed.entry.summary'];

/**
 * RSS 0.9x, 2.0, 1.0 (RDF) and Atom, with the common namespaces: content:encoded, dc:creator and
 * dc:date, media:group/description/title/credit, itunes:author/summary. An item without a date
 * takes the feed's (RSS 0.9x items carry none); an Atom entry without an author takes the feed's,
 * as the Atom format says. Malformed XML — a cut-off download above all — is refused whole, so no
 * half of a feed is stored.
 */
export function parseXmlFeed(xml: string, baseUrl: string | null): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, msg } = valid.err;
    throw new UserError(
      `not a readable feed: the XML is malformed or cut off (line ${String(line)}: ${msg.replace(/\s+/g, ' ')})`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    stopNodes: RAW_ATOM,
    isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator', 'media:credit'].includes(name),
  });
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    // What the validator lets through but the parser refuses: entity declarations it will not
    // expand (external ones, pointing at files or URLs) above all.
    throw new UserError(`not a readable feed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const rss = child(child(doc, 'rss'), 'channel');
  if (rss) return rssFeed(rss, list(rss.item), baseUrl);
  const rdf = child(doc, 'rdf:RDF');
  if (rdf) return rssFeed(child(rdf, 'channel') ?? {}, list(rdf.item), baseUrl);
  const atom = child(doc, 'feed');
  if (atom) return atomFeed(atom, baseUrl);
  throw new UserError('not a feed: XML that is neither RSS nor Atom');
}

function rssFeed(channel: Node, items: Node[], baseUrl: string | null): Feed {
  const feedDate = text(channel.pubDate) ?? text(channel['dc:date']) ?? text(channel.lastBuildDate) ?? null;
  return { title: text(channel.title), items: items.map((i) => rssItem(i, baseUrl, feedDate)) };
}

function rssItem(item: Node, baseUrl: string | null, feedDate: string | null): FeedItem {
  const link = text(list(item.link)[0]);
  const guid = item.guid;
  const guidIsLink =
    typeof guid === 'object' && guid !== null ? (guid as Node)['@_isPermaLink'] !== 'false' : true;
  const guidText = text(guid);
  const media = mediaOf(item);
  return {
    title: text(item.title) ?? text(item['dc:title']) ?? media.title,
    link: absoluteLink(
      link ?? (guidIsLink && guidText && /^https?:/i.test(guidText) ? guidText : null),
      baseUrl,
    ),
    published: text(item.pubDate) ?? text(item['dc:date']) ?? text(item['dcterms:issued']) ?? feedDate,
    author:
      text(list(item['dc:creator'])[0]) ??
      rssAuthor(text(list(item.author)[0])) ??
      text(item['itunes:author']) ??
      media.credit,
    content:
      text(item['content:encoded']) ??
      text(item.description) ??
      media.description ??
      text(item['itunes:summary']),
    id: guidText,
  };
}

function atomFeed(feed: Node, baseUrl: string | null): Feed {
  const feedAuthor = atomAuthors(feed);
  const feedDate = text(feed.updated);
  return {
    title: text(feed.title),
    items: list(feed.entry).map((entry): FeedItem => {
      const links = list(entry.link);
      const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate');
      const media = mediaOf(entry);
      return {
        title: text(entry.title) ?? media.title,
        link: absoluteLink(typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : null, baseUrl),
        published: text(entry.published) ?? text(entry.updated) ?? text(entry['dc:date']) ?? feedDate,
        author: atomAuthors(entry) ?? feedAuthor ?? media.credit,
        content: rawAtomText(entry.content) ?? rawAtomText(entry.summary) ?? media.description,
        id: text(entry.id),
      };
    }),
  };
}

function atomAuthors(node: Node): string | null {
  const names = list(node.author)
    .map((a) => text(a.name))
    .filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(', ') : null;
}

/** RSS `author` is an e-mail address, often with the name in parentheses: "jo@x.example (Jo Lee)". */
function rssAuthor(value: string | null): string | null {
  if (value === null) return null;
  const named = /\(([^)]+)\)\s*$/.exec(value);
  return named ? named[1]!.trim() : value;
}

/** Media RSS fields of an item, directly or inside `media:group`. */
function mediaOf(item: Node): { title: string | null; description: string | null; credit: string | null } {
  const group = child(item, 'media:group') ?? {};
  const pick = (name: string) => text(item[name]) ?? text(group[name]);
  const credits = [...list(item['media:credit']), ...list(group['media:credit'])];
  return {
    title: pick('media:title'),
    description: pick('media:description'),
    credit: text(credits[0]),
  };
}

/**
 * Atom text kept raw by the parser: XHTML markup as written; HTML and plain text with their
 * CDATA sections opened and character references decoded, as a parser would have done.
 */
function rawAtomText(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const type = typeof value === 'object' && value !== null ? (value as Node)['@_type'] : undefined;
  if (type === 'xhtml') return raw;
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
    .join('')
    .trim();
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (m, hex, dec, name) => {
    if (name) return NAMED[(name as string).toLowerCase()] ?? m;
    const code = hex ? parseInt(hex as string, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
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
