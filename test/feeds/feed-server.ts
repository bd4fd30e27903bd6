import type { IncomingMessage, ServerResponse } from 'node:http';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article page for a fixture article (enough text for Readability). */
export function articlePage(id: string): string {
  const f = FIXTURE_ARTICLES.find((a) => a.id === id)!;
  const paras = f.text
    .split('\n\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><title>${esc(f.title)}</title><meta property="og:site_name" content="${esc(f.outlet)}"></head>
<body><nav>Home | World | Sport</nav><article><h1>${esc(f.title)}</h1>${paras}</article><footer>Copyright © ${esc(f.outlet)}</footer></body></html>`;
}

export interface RssItem {
  title: string;
  link?: string;
  guid?: string;
  pubDate?: string;
  description?: string;
}

export function rss(title: string, items: RssItem[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${esc(i.title)}</title>${i.link ? `<link>${i.link}</link>` : ''}${i.guid ? `<guid>${i.guid}</guid>` : ''}${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}${i.description ? `<description>${esc(i.description)}</description>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.test/</link>${body}</channel></rss>`;
}

export function atom(
  title: string,
  entries: Array<{ title: string; link: string; id: string; updated: string }>,
): string {
  const body = entries
    .map(
      (e) =>
        `<entry><title>${esc(e.title)}</title><link href="${e.link}"/><id>${e.id}</id><updated>${e.updated}</updated></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:test</id>${body}</feed>`;
}

/** A feed route honouring If-None-Match / If-Modified-Since with 304, recording what it was sent. */
export function conditionalFeed(state: {
  body: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  hits: Array<{ ifNoneMatch?: string; ifModifiedSince?: string; status: number }>;
}) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    const fresh =
      (state.etag && ifNoneMatch === state.etag) ||
      (!state.etag && state.lastModified && ifModifiedSince === state.lastModified);
    const status = fresh ? 304 : 200;
    state.hits.push({
      ...(ifNoneMatch ? { ifNoneMatch } : {}),
      ...(ifModifiedSince ? { ifModifiedSince } : {}),
      status,
    });
    const headers: Record<string, string> = {
      'content-type': state.contentType ?? 'application/rss+xml; charset=utf-8',
    };
    if (state.etag) headers.etag = state.etag;
    if (state.lastModified) headers['last-modified'] = state.lastModified;
    res.writeHead(status, headers).end(fresh ? undefined : state.body);
  };
}

export async function newsServer(): Promise<TestHttpServer> {
  const routes: Record<string, { body: string }> = {};
  for (const f of FIXTURE_ARTICLES) routes[`/articles/${f.id}.html`] = { body: articlePage(f.id) };
  return startHttpServer(routes);
}
