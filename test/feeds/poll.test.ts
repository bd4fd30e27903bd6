import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { loadConfig } from '../../src/config.js';
import { pollFeed } from '../../src/feeds/poll.js';
import { FeedPoller } from '../../src/feeds/poller.js';
import { addFeed, listFeeds, pollAll, removeFeed } from '../../src/feeds/service.js';
import { openApp } from '../../src/app/app.js';
import type { TestHttpServer } from '../helpers/http-server.js';
import { scaled } from '../helpers/time-scale.js';
import { tempStore } from '../stories/helpers.js';
import { atom, conditionalFeed, newsServer, rss } from './feed-server.js';

const title = (id: string) => FIXTURE_ARTICLES.find((a) => a.id === id)!.title;
let server: TestHttpServer;
let t: Awaited<ReturnType<typeof tempStore>>;
// Short, so the feed that never answers fails quickly; stretched on a busy machine, where a good
// feed's page may take that long too.
const FETCH_TIMEOUT_MS = scaled(1500);
const config = loadConfig({
  NEWSROOM_FETCH_ALLOW_PRIVATE: '1',
  NEWSROOM_FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS),
  FEED_POLL_MINUTES: '30',
});
const ctx = () => ({ ...t, config });
let hits: Parameters<typeof conditionalFeed>[0]['hits'];
let rssState: Parameters<typeof conditionalFeed>[0];

beforeEach(async () => {
  server = await newsServer();
  t = await tempStore('2025-03-08T10:00:00Z');
  hits = [];
  rssState = {
    etag: '"v1"',
    hits,
    body: rss('Alden Courier', [
      {
        title: title('fx-bridge-1'),
        link: `${server.origin}/articles/fx-bridge-1.html`,
        guid: 'b1',
        pubDate: 'Mon, 03 Mar 2025 07:00:00 GMT',
      },
      {
        title: title('fx-bridge-2'),
        link: `${server.origin}/articles/fx-bridge-2.html`,
        guid: 'b2',
        pubDate: 'Tue, 04 Mar 2025 07:00:00 GMT',
      },
      {
        title: 'Council notes',
        guid: 'n1',
        description: FIXTURE_ARTICLES.find((a) => a.id === 'fx-strike-1')!.text,
      },
    ]),
  };
  server.route('/rss.xml', conditionalFeed(rssState));
});
afterEach(async () => {
  await t.cleanup();
  await server.close();
});

describe('polling feeds', () => {
  it('adds a feed and reads its items at once, an undated item stored undated', async () => {
    const { feed, poll } = await addFeed(ctx(), { url: `${server.origin}/rss.xml`, by: 'cli' });
    expect(poll).toMatchObject({ status: 'ok', items: 3, newItems: 3, added: 3, failedItems: 0 });
    expect(feed).toMatchObject({
      scope: 'global',
      title: 'Alden Courier',
      etag: '"v1"',
      itemCount: 3,
      addedCount: 3,
      failures: 0,
      lastSuccessAt: '2025-03-08T10:00:00.000Z',
      nextPollAt: '2025-03-08T10:30:00.000Z',
    });
    const articles = await t.store.list({ limit: 10 });
    expect(articles.map((a) => a.publishedAt).sort()).toEqual(
      ['2025-03-03T07:00:00Z', '2025-03-04T07:00:00Z', null].sort(),
    );
    // The two bridge articles are one story; stories were grouped as the items were saved.
    expect((await t.stories.list({})).map((s) => s.articles.length).sort()).toEqual([1, 2]);
  });

  it('sends the ETag back and stops at a 304 without fetching any item again', async () => {
    await addFeed(ctx(), { url: `${server.origin}/rss.xml` });
    const before = server.requests.length;
    const [r] = await pollAll(ctx());
    expect(r).toMatchObject({ status: 'not-modified', added: 0 });
    expect(hits.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 304 });
    expect(server.requests.slice(before)).toEqual(['/rss.xml']);
  });

  it('uses Last-Modified for a feed without an ETag (Atom)', async () => {
    const atomHits: typeof hits = [];
    server.route(
      '/atom.xml',
      conditionalFeed({
        hits: atomHits,
        lastModified: 'Sat, 08 Mar 2025 09:00:00 GMT',
        contentType: 'application/atom+xml',
        body: atom('Wend Valley Times', [
          {
            title: title('fx-bridge-3'),
            link: `${server.origin}/articles/fx-bridge-3.html`,
            id: 'urn:b3',
            updated: '2025-03-08T08:00:00Z',
          },
        ]),
      }),
    );
    const { poll } = await addFeed(ctx(), { url: `${server.origin}/atom.xml` });
    expect(poll.added).toBe(1);
    await pollAll(ctx());
    expect(atomHits).toEqual([
      { status: 200 },
      { ifModifiedSince: 'Sat, 08 Mar 2025 09:00:00 GMT', status: 304 },
    ]);
  });

  it('fetches only the pages of new items when the feed changes', async () => {
    await addFeed(ctx(), { url: `${server.origin}/rss.xml` });
    rssState.etag = '"v2"';
    rssState.body = rss('Alden Courier', [
      {
        title: title('fx-bridge-4'),
        link: `${server.origin}/articles/fx-bridge-4.html`,
        guid: 'b4',
        pubDate: 'Wed, 12 Mar 2025 07:00:00 GMT',
      },
      {
        title: title('fx-bridge-1'),
        link: `${server.origin}/articles/fx-bridge-1.html`,
        guid: 'b1',
        pubDate: 'Mon, 03 Mar 2025 07:00:00 GMT',
      },
    ]);
    const before = server.requests.length;
    const [r] = await pollAll(ctx());
    expect(r).toMatchObject({ status: 'ok', items: 2, newItems: 1, added: 1 });
    expect(server.requests.slice(before)).toEqual(['/rss.xml', '/articles/fx-bridge-4.html']);
    expect((await listFeeds(t))[0]).toMatchObject({ etag: '"v2"', itemCount: 2, addedCount: 4 });
  });

  it('never stores the same article twice when two feeds carry it', async () => {
    await addFeed(ctx(), { url: `${server.origin}/rss.xml` });
    server.route('/other.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss('Harbor Ledger', [
        { title: title('fx-bridge-1'), link: `${server.origin}/articles/fx-bridge-1.html`, guid: 'x1' },
      ]),
    });
    const { poll } = await addFeed(ctx(), { url: `${server.origin}/other.xml` });
    expect(poll).toMatchObject({ newItems: 1, added: 0 });
    expect((await t.store.stats()).articles).toBe(3);
  });

  it('brings a server’s feed into that server’s scope only', async () => {
    await addFeed(ctx(), { scope: '777777', url: `${server.origin}/rss.xml` });
    expect(await t.store.list({})).toEqual([]);
    expect(await t.store.list({ guild: '777777' })).toHaveLength(3);
    expect(await listFeeds(t)).toEqual([]);
    expect(await listFeeds(t, '777777')).toHaveLength(1);
  });

  it('refuses to add a page that is not a feed, and keeps nothing', async () => {
    await expect(addFeed(ctx(), { url: `${server.origin}/articles/fx-flood.html` })).rejects.toThrow(
      'Could not add the feed: not an RSS or Atom feed.',
    );
    await expect(addFeed(ctx(), { url: 'ftp://example.test/feed' })).rejects.toThrow(
      /not an http\(s\) address/,
    );
    expect(await listFeeds(t)).toEqual([]);
  });

  it('backs off exponentially on errors and records the health', async () => {
    const { feed } = await addFeed(ctx(), { url: `${server.origin}/rss.xml` });
    server.route('/rss.xml', { status: 500, body: 'oops' });
    const feeds = t.feeds;
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const current = (await feeds.find('global', feed.id))!;
      t.clock.set(current.nextPollAt);
      const r = await pollFeed(ctx(), feeds, current);
      expect(r.status).toBe('failed');
      const after = (await feeds.find('global', feed.id))!;
      delays.push((Date.parse(after.nextPollAt) - t.clock.now().getTime()) / 60_000);
    }
    expect(delays).toEqual([5, 10, 20, 40]);
    const health = (await feeds.find('global', feed.id))!;
    expect(health).toMatchObject({ failures: 4, lastSuccessAt: '2025-03-08T10:00:00.000Z', itemCount: 3 });
    expect(health.lastError).toMatch(/^HTTP 500/);
    server.route('/rss.xml', conditionalFeed(rssState));
    t.clock.set(health.nextPollAt);
    await pollFeed(ctx(), feeds, health);
    expect((await feeds.find('global', feed.id))!).toMatchObject({
      failures: 0,
      lastError: expect.stringMatching(/^HTTP 500/),
    });
  });

  it('keeps polling the other feeds when one times out and one sends broken XML', async () => {
    server.route('/slow.xml', () => undefined); // never answers
    server.route('/broken.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: '<rss><channel><item><title>x</tit',
    });
    const feeds = t.feeds;
    const at = t.clock.now().toISOString();
    for (const path of ['/slow.xml', '/broken.xml', '/rss.xml'])
      await feeds.add({ scope: 'global', url: `${server.origin}${path}`, by: null, at });
    const results = await new FeedPoller(ctx(), feeds).tick();
    const byUrl = Object.fromEntries(results.map((r) => [new URL(r.url).pathname, r]));
    expect(byUrl['/slow.xml']).toMatchObject({
      status: 'failed',
      error: `timed out after ${FETCH_TIMEOUT_MS} ms`,
    });
    expect(byUrl['/broken.xml']!.status).toBe('failed');
    expect(byUrl['/rss.xml']).toMatchObject({ status: 'ok', added: 3 });
  });

  it('polls a due feed once when two processes share the store', async () => {
    const feeds = t.feeds;
    await feeds.add({
      scope: 'global',
      url: `${server.origin}/rss.xml`,
      by: null,
      at: t.clock.now().toISOString(),
    });
    const other = await openApp({ config: loadConfig({ NEWSROOM_DB: t.path }), log: t.log, clock: t.clock });
    try {
      const [a, b] = await Promise.all([
        new FeedPoller(ctx(), feeds).tick(),
        new FeedPoller({ ...other, config }, other.feeds).tick(),
      ]);
      expect(a.length + b.length).toBe(1);
      expect(hits).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('removes a feed by id or URL, keeping its articles', async () => {
    const { feed } = await addFeed(ctx(), { url: `${server.origin}/rss.xml` });
    await expect(removeFeed(t, 'global', 'fd-nope')).rejects.toThrow(/No feed "fd-nope"/);
    expect((await removeFeed(t, 'global', `${server.origin}/rss.xml`)).id).toBe(feed.id);
    expect(await listFeeds(t)).toEqual([]);
    expect((await t.store.stats()).articles).toBe(3);
  });
});
