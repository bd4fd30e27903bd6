import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/articles/ingest.js';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.js';
import { makeIngestContext, type TestIngest } from './context.js';
import { fixturePath, readFixture } from './fixtures.js';

const HTML = { 'content-type': 'text/html; charset=utf-8' };

let t: TestIngest;
let server: TestHttpServer;
beforeEach(async () => {
  t = await makeIngestContext({ NEWSROOM_FETCH_ALLOW_PRIVATE: 'true', NEWSROOM_FETCH_TIMEOUT_MS: '10000' });
  server = await startHttpServer({
    '/news/late-buses': { headers: HTML, body: readFixture('courier-page.html') },
    '/news/paywalled': { headers: HTML, body: readFixture('teaser.html') },
    '/stories/apple-harvest': { headers: HTML, body: readFixture('jsonld-page.htm') },
    '/cafe': { headers: { 'content-type': 'text/html' }, body: readFileSync(fixturePath('cafe-1252.html')) },
    '/logo.png': { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  });
});
afterEach(async () => {
  await server.close();
  await t.cleanup();
});

function feed(name: string): string {
  return readFixture(name).replaceAll('{{ORIGIN}}', server.origin);
}

describe('ingest of page URLs', () => {
  it('stores a page with its final URL and metadata', async () => {
    server.route('/short', { status: 301, headers: { location: '/news/late-buses?utm_source=x' } });
    const report = await ingest(t.ctx, [`${server.origin}/short`]);
    expect(report.items).toEqual([
      { source: `${server.origin}/short`, status: 'added', id: expect.any(String) },
    ]);
    const article = await t.ctx.store.get(report.items[0]!.id!);
    expect(article).toMatchObject({
      url: `${server.origin}/news/late-buses?utm_source=x`,
      canonicalUrl: `${server.origin}/2024/09/late-buses`,
      title: 'Lakeside Schools Add Late Buses for After-School Programs',
      outlet: 'Lakeside Courier',
      publishedAt: '2024-09-03T07:45:00-05:00',
    });
    expect((await t.ctx.store.getRaw(article!.id))?.kind).toBe('html');
  });

  it('decodes a windows-1252 page declared only in its meta tag', async () => {
    const report = await ingest(t.ctx, [`${server.origin}/cafe`]);
    const article = await t.ctx.store.get(report.items[0]!.id!);
    expect(article?.title).toBe('Café Owners Protest Rent Rise');
    expect(article?.text).toContain('about €3,000 a year');
    expect(article?.text).toContain('“We cannot pass this on to customers,” said Amélie Roux');
    expect(article?.text).toContain(
      'The city’s commerce office said it would meet both sides next week – the first',
    );
  });

  it('fails a page without article text and an unsupported content type', async () => {
    const report = await ingest(t.ctx, [
      `${server.origin}/news/paywalled`,
      `${server.origin}/logo.png`,
      `${server.origin}/nope`,
    ]);
    expect(report.items.map((i) => [i.status, i.error])).toEqual([
      ['failed', 'no article text found (fewer than 300 characters of body text)'],
      ['failed', 'unsupported content type image/png'],
      ['failed', `HTTP 404 Not Found from ${server.origin}/nope`],
    ]);
  });

  it('refuses a loopback URL when private addresses are not allowed, without connecting', async () => {
    const strict = await makeIngestContext({ NEWSROOM_FETCH_ALLOW_PRIVATE: 'false' });
    try {
      const url = `${server.origin}/news/late-buses`;
      const report = await ingest(strict.ctx, [url]);
      expect(report.items).toEqual([
        { source: url, status: 'failed', error: `refused to fetch ${url}: 127.0.0.1 is a loopback address` },
      ]);
      expect(server.requests).toEqual([]);
    } finally {
      await strict.cleanup();
    }
  });
});

describe('ingest of feeds', () => {
  it('reads an RSS feed, fetching each page and falling back to the item content (or title) when the page fails', async () => {
    server.route('/feed.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: feed('harbor-feed.rss.xml'),
    });
    const report = await ingest(t.ctx, [`${server.origin}/feed.xml`]);
    expect(report.items.map((i) => [i.source, i.status, i.error])).toEqual([
      [`${server.origin}/news/late-buses`, 'added', undefined],
      [`${server.origin}/news/gone`, 'added', undefined],
      [`${server.origin}/news/paywalled`, 'added', undefined],
      [`${server.origin}/feed.xml#4`, 'added', undefined],
    ]);
    const [page, gone, paywalled] = await Promise.all(
      report.items.slice(0, 3).map((i) => t.ctx.store.get(i.id!)),
    );
    // From the page: its own metadata wins over the feed's.
    expect(page).toMatchObject({
      outlet: 'Lakeside Courier',
      publishedAt: '2024-09-03T07:45:00-05:00',
      byline: 'Priya Nair',
    });
    expect(page?.text.split('\n\n')).toHaveLength(4);
    // From the feed content: the item and feed fill everything.
    expect(gone).toMatchObject({
      title: 'Harbor Police Add Two Patrol Boats',
      outlet: 'Harbor Gazette',
      byline: 'Dale Fisher',
      publishedAt: '2024-09-04T08:00:00Z',
      publishedAtSource: 'metadata',
      url: `${server.origin}/news/gone`,
      text: 'The Harbor City police department added two patrol boats to its marine unit on Wednesday, the chief said.\n\nThe boats cost $310,000 and were paid for by a federal port security grant.',
    });
    expect(paywalled?.text).toBe(
      'The council postponed its vote on new parking fees at the downtown pier until October, after shop owners asked for more time to respond.',
    );
    expect((await t.ctx.store.getRaw(gone!.id))?.kind).toBe('feed-item');
    // A headline-only item is stored with its headline as its text.
    expect(await t.ctx.store.get(report.items[3]!.id!)).toMatchObject({
      title: 'Empty Item',
      text: 'Empty Item',
    });
    expect(server.requests).toEqual(['/feed.xml', '/news/late-buses', '/news/gone', '/news/paywalled']);
  });

  it('sniffs an Atom feed served as text/xml and resolves relative links', async () => {
    server.route('/atom', { headers: { 'content-type': 'text/xml' }, body: feed('valley-feed.atom.xml') });
    const report = await ingest(t.ctx, [`${server.origin}/atom`]);
    expect(report.items.map((i) => [i.source, i.status])).toEqual([
      [`${server.origin}/stories/apple-harvest`, 'added'],
      [`${server.origin}/stories/cheese-plant`, 'added'],
    ]);
    const cheese = await t.ctx.store.get(report.items[1]!.id!);
    expect(cheese).toMatchObject({
      title: 'Dairy Co-op Opens New Cheese Plant',
      outlet: 'Valley Farm Journal',
      byline: 'Ida Kwan',
      publishedAt: '2024-08-22T09:00:00Z',
      text: 'The Valley Dairy Cooperative opened a cheese plant in Millbrook on Thursday that will employ 45 people.\n\nThe plant can process 200,000 litres of milk a day.',
    });
  });

  it('sniffs a feed served as text/html', async () => {
    server.route('/mislabelled', { headers: HTML, body: feed('valley-feed.atom.xml') });
    expect(await ingest(t.ctx, [`${server.origin}/mislabelled`])).toMatchObject({ added: 2, failed: 0 });
  });

  it('reports the feed items unchanged on a second run', async () => {
    server.route('/feed.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: feed('harbor-feed.rss.xml'),
    });
    await ingest(t.ctx, [`${server.origin}/feed.xml`]);
    expect(await ingest(t.ctx, [`${server.origin}/feed.xml`])).toMatchObject({
      added: 0,
      unchanged: 4,
      failed: 0,
    });
  });

  it('fails a feed without items', async () => {
    server.route('/empty.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: '<rss version="2.0"><channel><title>X</title></channel></rss>',
    });
    const report = await ingest(t.ctx, [`${server.origin}/empty.xml`]);
    expect(report.items).toEqual([
      { source: `${server.origin}/empty.xml`, status: 'failed', error: 'the feed has no items' },
    ]);
  });
});
