import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runFeeds } from '../../src/cli/commands/feeds.js';
import type { TestHttpServer } from '../helpers/http-server.js';
import { cliSession } from '../stories/cli-session.js';
import { tempStore } from '../stories/helpers.js';
import { conditionalFeed, newsServer, rss } from './feed-server.js';

let server: TestHttpServer;
let t: Awaited<ReturnType<typeof tempStore>>;
const env = { NEWSROOM_FETCH_ALLOW_PRIVATE: '1' };

beforeEach(async () => {
  server = await newsServer();
  server.route(
    '/rss.xml',
    conditionalFeed({
      etag: '"e"',
      hits: [],
      body: rss('Harbor Ledger', [
        { title: 'Bridge', link: `${server.origin}/articles/fx-bridge-2.html`, guid: 'g' },
      ]),
    }),
  );
  server.route('/down.xml', { status: 503, body: 'down' });
  t = await tempStore('2025-03-08T10:00:00Z');
  await t.store.close();
});
afterEach(async () => {
  await t.cleanup();
  await server.close();
});

async function run(args: Parameters<typeof runFeeds>[1], json = false) {
  const { session, stdout } = cliSession(t.path, { json, env, now: '2025-03-08T10:00:00Z' });
  try {
    const code = await runFeeds(session, args);
    return { code, out: stdout() };
  } finally {
    await session.close();
  }
}

describe('newsroom feeds', () => {
  it('adds, lists with health, polls and removes global feeds', async () => {
    const added = await run({ action: 'add', url: `${server.origin}/rss.xml` });
    expect(added.code).toBe(0);
    expect(added.out).toMatch(
      /^Added fd-[0-9a-f]{10} “Harbor Ledger” <http:\/\/127\.0\.0\.1:\d+\/rss\.xml>: 1 items, 1 new articles\.\n$/,
    );
    const listed = await run({ action: 'list' });
    expect(listed.out).toMatch(
      /\[ok\] Harbor Ledger <.*\/rss\.xml>\n {4}last success just now · 1 item · 1 added · next poll in 30 min\n$/,
    );
    const polled = await run({ action: 'poll' }, true);
    expect(JSON.parse(polled.out).results[0]).toMatchObject({ status: 'not-modified' });
    const id = /fd-[0-9a-f]{10}/.exec(added.out)![0];
    expect((await run({ action: 'remove', feed: id })).out).toMatch(/^Removed fd-/);
    expect((await run({ action: 'list' })).out).toBe('No feeds. Add one with: newsroom feeds add <url>\n');
  });

  it('does not add an unreachable feed, and reports why', async () => {
    await expect(run({ action: 'add', url: `${server.origin}/down.xml` })).rejects.toThrow(
      /Could not add the feed: HTTP 503/,
    );
  });
});
