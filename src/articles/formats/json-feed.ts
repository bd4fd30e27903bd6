import { UserError } from '../../errors.js';
import type { Feed, FeedItem } from './feed-types.js';
import { absoluteLink } from './feed-links.js';

type Json = Record<string, unknown>;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org): items with HTML or text content, dates and authors. */
export function parseJsonFeed(text: string, baseUrl: string | null): Feed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UserError(`not a readable feed: the JSON is malformed (${(err as Error).message})`);
  }
  if (!isObject(doc) || typeof doc.version !== 'string' || !/jsonfeed\.org\/version\//.test(doc.version)) {
    throw new UserError('not a feed: JSON without a JSON Feed version');
  }
  const feedAuthor = authorsOf(doc);
  const items = Array.isArray(doc.items) ? doc.items.filter(isObject) : [];
  return {
    title: str(doc.title),
    items: items.map((item): FeedItem => ({
      title: str(item.title),
      link: absoluteLink(str(item.url) ?? str(item.external_url), baseUrl),
      published: str(item.date_published) ?? str(item.date_modified),
      author: authorsOf(item) ?? feedAuthor,
      content: str(item.content_html) ?? str(item.content_text) ?? str(item.summary),
      id: str(item.id) ?? (typeof item.id === 'number' ? String(item.id) : null),
    })),
  };
}

/** Names of `authors` (1.1) or `author` (1.0), joined. */
function authorsOf(node: Json): string | null {
  const list = Array.isArray(node.authors) ? node.authors : node.author !== undefined ? [node.author] : [];
  const names = list.flatMap((a) => (isObject(a) && str(a.name) ? [str(a.name)!] : []));
  return names.length > 0 ? names.join(', ') : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
