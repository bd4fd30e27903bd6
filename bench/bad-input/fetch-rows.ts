import { join } from 'node:path';
import { openApp } from '../../src/app/app.js';
import { publicAddressesOnly, type AddressPolicy } from '../../src/articles/fetch/address-policy.js';
import type { ResolvedAddress } from '../../src/articles/fetch/resolve.js';
import { parseFeed } from '../../src/articles/formats/feed.js';
import { ingest, ingestUnits } from '../../src/articles/ingest.js';
import type { IngestContext, IngestReport } from '../../src/articles/ingest-types.js';
import { feedItemsOf } from '../../src/articles/sources/url.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { startHttpServer } from '../../test/helpers/http-server.js';
import { compareFingerprints, fingerprint } from './fingerprint.js';
import { capturingLog, type BadInputRow } from './row.js';

// Names that resolve where an attacker wants them to: answered by this table's resolver, never DNS.
const NAMES: Record<string, string[]> = {
  'rebind.newsroom.test': ['127.0.0.1'],
  'v6.newsroom.test': ['::1'],
  'mapped.newsroom.test': ['::ffff:127.0.0.1'],
  'metadata.newsroom.test': ['169.254.169.254'],
  'internal.newsroom.test': ['192.168.0.10'],
  // Two answers, the first private: any refused address refuses the fetch.
  'mixed.newsroom.test': ['10.0.0.5', '203.0.113.10'],
};

async function resolve(host: string): Promise<ResolvedAddress[]> {
  const addresses = NAMES[host];
  if (!addresses) throw new Error(`ENOTFOUND ${host}`);
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
}

/** The item's error as the ingest report gives it (the CLI prints it after the source). */
function itemOutcome(report: IngestReport): string {
  const item = report.items[0];
  if (!item) return '(no item)';
  return item.status === 'failed' ? `failed: ${item.error ?? ''}` : item.status;
}

/**
 * Hostile host names and redirects, through the fetcher every URL and feed item goes through:
 * `ingest` of a URL with a resolver that answers like an attacker's DNS (names resolving to
 * loopback and private addresses), and a feed's items — fetched as the feed poller fetches them —
 * whose pages redirect to private addresses, with only the test server itself allowed.
 */
export async function fetchRows(dir: string): Promise<BadInputRow[]> {
  const path = join(dir, 'fetch.db');
  const logged = capturingLog();
  const app = await openApp({
    config: loadConfig({ NEWSROOM_DB: path }),
    log: logged.log,
    clock: systemClock,
  });
  const server = await startHttpServer({
    '/page': { body: '<html><head><title>Internal</title></head><body><p>Internal page.</p></body></html>' },
  });
  const port = String(server.port);
  const ctx: IngestContext = {
    store: app.store,
    config: app.config,
    log: app.log,
    clock: app.clock,
    resolve,
  };
  const rows: BadInputRow[] = [];
  const row = async (group: string, input: string, via: string, run: () => Promise<IngestReport>) => {
    const before = fingerprint(path);
    const requests = server.requests.length;
    const report = await run();
    const change = compareFingerprints(before, fingerprint(path));
    const reached = server.requests.slice(requests).filter((r) => r === '/page');
    rows.push({
      group,
      input,
      via,
      outcome: itemOutcome(report),
      writes: change.writes,
      problems: [
        change.partial ? 'partial write' : '',
        change.added !== 0 ? `expected nothing added, got ${change.added}` : '',
        report.failed !== 1 ? 'not reported as failed' : '',
        reached.length > 0 ? 'the private address was contacted' : '',
        ...logged.take(),
      ].filter(Boolean),
    });
  };
  try {
    for (const host of Object.keys(NAMES)) {
      const url = `http://${host}:${port}/page`;
      await row(
        'URL (SSRF)',
        `DNS name → ${NAMES[host]!.join(', ')}: ${url.replace(port, 'PORT')}`,
        'ingest URL',
        () => ingest(ctx, [url]),
      );
    }
    await row('URL (SSRF)', 'DNS name that does not resolve', 'ingest URL', () =>
      ingest(ctx, [`http://nowhere.newsroom.test:${port}/page`]),
    );

    // Redirects: the first hop is the test server (allowed by name), the next a private address.
    const onlyTestServer: AddressPolicy = (a) => (a === '127.0.0.1' ? null : publicAddressesOnly(a));
    const redirects: Array<[string, string]> = [
      ['redirect to private 10/8', 'http://10.0.0.1/admin'],
      ['redirect to IPv6 loopback', `http://[::1]:${port}/page`],
      ['redirect to IPv4-mapped loopback', `http://[::ffff:127.0.0.2]:${port}/page`],
      ['redirect to cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
      ['redirect to a name resolving to a private address', `http://internal.newsroom.test:${port}/page`],
      ['redirect to file:', 'file:///etc/passwd'],
      ['redirect loop', '/hop-loop'],
    ];
    for (const [i, [name, target]] of redirects.entries()) {
      server.route(`/hop-${i}`, { status: 302, headers: { location: target } });
      server.route('/hop-loop', { status: 302, headers: { location: '/hop-loop' } });
      // A headline-only item with no title or content of its own: its page is all there is.
      const feed = parseFeed(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Relay</title><item><link>${server.origin}/hop-${i}</link></item></channel></rss>`,
        server.origin,
      );
      const options = {
        timeoutMs: app.config.fetch.timeoutMs,
        maxBytes: app.config.fetch.maxBytes,
        policy: onlyTestServer,
        resolve: async (host: string) =>
          host === '127.0.0.1' ? [{ address: host, family: 4 }] : resolve(host),
      };
      await row('URL (SSRF)', `${name}: ${target.replace(port, 'PORT')}`, 'feed item', () =>
        ingestUnits(ctx, [
          {
            source: `${server.origin}/feed`,
            expand: async () => feedItemsOf(`${server.origin}/feed`, feed, options, app.log),
          },
        ]),
      );
    }
  } finally {
    await server.close();
    await app.close();
  }
  return rows;
}
