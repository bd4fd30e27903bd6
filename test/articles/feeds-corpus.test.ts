import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes, detectCharset } from '../../src/articles/fetch/charset.js';
import type { ResolvedAddress } from '../../src/articles/fetch/resolve.js';
import { parseFeed } from '../../src/articles/formats/feed.js';
import { ingest } from '../../src/articles/ingest.js';
import { normalizeDate } from '../../src/articles/metadata/dates.js';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.js';
import { makeIngestContext, type TestIngest } from './context.js';

const FEEDS = join(process.cwd(), '..', 'shared', 'corpus', 'feeds');

/** Items in each fixture feed (counted by hand from the files). */
const ITEMS: Record<string, number> = {
  'guardian.rss': 55,
  'uolNoticias.rss': 15,
  'heraldsun.rss': 2,
  'feedburner.atom': 25,
  'reddit-home.rss': 24,
  'rss-1.rss': 69,
  'many-links.rss': 25,
  'youtube.atom': 15,
  'tpm.atom': 20,
  'rss2sample.xml': 4,
  'category-feed.xml': 1,
  'illegally-nested.xml': 10,
  'bbc.xml': 1,
  'ilgiornale.xml': 1,
  'nbcny.xml': 1,
};

interface FixtureFeed {
  file: string;
  contentType: string;
  bytes: Buffer;
}

function fixtureFeeds(): FixtureFeed[] {
  return readFileSync(join(FEEDS, 'feeds.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split('\t'))
    .map(([file, , , , contentType]) => ({
      file: file!,
      contentType: contentType!,
      bytes: readFileSync(join(FEEDS, file!)),
    }));
}

/** A resolver for hosts that cannot be reached here: fails at once, or never answers. */
function unreachable(mode: 'fails' | 'hangs') {
  const asked: string[] = [];
  const resolve = (hostname: string): Promise<ResolvedAddress[]> => {
    asked.push(hostname);
    if (mode === 'hangs') return new Promise(() => undefined);
    return Promise.reject(
      Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }),
    );
  };
  return { asked, resolve };
}

describe.skipIf(!existsSync(join(FEEDS, 'feeds.tsv')))(
  'real feeds (../shared/corpus/feeds) served on 127.0.0.1',
  () => {
    let server: TestHttpServer;
    const feeds = existsSync(join(FEEDS, 'feeds.tsv')) ? fixtureFeeds() : [];
    beforeAll(async () => {
      server = await startHttpServer();
      for (const f of feeds) {
        server.route(`/${f.file}`, { headers: { 'content-type': f.contentType }, body: f.bytes });
      }
    });
    afterAll(async () => {
      await server?.close();
    });

    // The fetch timeout is far longer than the test may take: an item that waited for it would fail the test.
    const context = (resolve: (h: string) => Promise<ResolvedAddress[]>) =>
      makeIngestContext({ NEWSROOM_FETCH_ALLOW_PRIVATE: 'true', NEWSROOM_FETCH_TIMEOUT_MS: '120000' }).then(
        (t): TestIngest => ({ ...t, ctx: { ...t.ctx, resolve } }),
      );

    it('stores every item of every feed, with its date and author, from the item itself when its page is unreachable', async () => {
      const dns = unreachable('fails');
      const t = await context(dns.resolve);
      try {
        for (const f of feeds) {
          const report = await ingest(t.ctx, [`${server.origin}/${f.file}`]);
          expect(report.failed, f.file).toBe(0);
          expect(report.items, f.file).toHaveLength(ITEMS[f.file]!);
          const parsed = parseFeed(
            decodeBytes(f.bytes, detectCharset(f.bytes, f.contentType)),
            server.origin,
          );
          for (const [i, item] of parsed.items.entries()) {
            const stored = await t.ctx.store.get(report.items[i]!.id!);
            expect(stored?.publishedAt, `${f.file} #${String(i + 1)}`).toBe(normalizeDate(item.published!));
            expect(stored?.publishedAt, `${f.file} #${String(i + 1)}`).not.toBeNull();
            if (item.author) expect(stored?.byline, `${f.file} #${String(i + 1)}`).toBe(item.author);
          }
        }
        // Each host was asked once per feed at most, however many items link to it.
        const perFeed = new Set(dns.asked).size;
        expect(dns.asked.length).toBeLessThanOrEqual(perFeed * feeds.length);
      } finally {
        await t.cleanup();
      }
    }, 300_000);

    it('does not wait for a resolver that never answers, item after item', async () => {
      const dns = unreachable('hangs');
      const t = await context(dns.resolve);
      try {
        const report = await ingest(t.ctx, [
          `${server.origin}/guardian.rss`,
          `${server.origin}/youtube.atom`,
        ]);
        expect(report).toMatchObject({ added: 70, failed: 0 });
        expect(dns.asked.sort()).toEqual(['www.theguardian.com', 'www.youtube.com']);
      } finally {
        await t.cleanup();
      }
    }, 120_000);

    it.each([
      [
        'cut off',
        'application/rss+xml',
        (b: Buffer) => b.subarray(0, Math.floor(b.length / 2)),
        /^not a readable feed: the XML is malformed or cut off \(line \d+: /,
      ],
      [
        'an HTML page served as a feed',
        'application/rss+xml',
        () => Buffer.from('<!DOCTYPE html><html><body><p>Page moved</p></body></html>'),
        /^not a feed: the address serves an HTML page$/,
      ],
      ['empty', 'application/atom+xml', () => Buffer.alloc(0), /^not a feed: the response is empty$/],
    ])(
      'refuses a feed that is %s with one clear error, storing nothing',
      async (_label, contentType, body, error) => {
        const t = await context(unreachable('fails').resolve);
        try {
          const path = `/broken-${String(Math.random()).slice(2)}.xml`;
          server.route(path, {
            headers: { 'content-type': contentType },
            body: body(feeds.find((f) => f.file === 'guardian.rss')!.bytes),
          });
          const report = await ingest(t.ctx, [`${server.origin}${path}`]);
          expect(report.items).toHaveLength(1);
          expect(report.items[0]).toMatchObject({ source: `${server.origin}${path}`, status: 'failed' });
          expect(report.items[0]!.error).toMatch(error);
          expect((await t.ctx.store.stats()).articles).toBe(0);
        } finally {
          await t.cleanup();
        }
      },
    );
  },
);
