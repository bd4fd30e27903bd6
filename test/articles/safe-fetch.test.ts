import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  anyAddress,
  publicAddressesOnly,
  type AddressPolicy,
} from '../../src/articles/fetch/address-policy.js';
import { safeFetch, type SafeFetchOptions } from '../../src/articles/fetch/safe-fetch.js';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.js';

let server: TestHttpServer;
beforeEach(async () => {
  server = await startHttpServer({ '/page': { body: '<p>Hello</p>' } });
});
afterEach(async () => {
  await server.close();
});

const base: SafeFetchOptions = { timeoutMs: 10_000, maxBytes: 100_000, policy: anyAddress };
/** Allows exactly the loopback test server's address, nothing else private. */
const onlyTestServer: AddressPolicy = (a) => (a === '127.0.0.1' ? null : publicAddressesOnly(a));

describe('safeFetch address checks', () => {
  it('fetches from the loopback server when the policy allows it', async () => {
    const doc = await safeFetch(`${server.origin}/page`, base);
    expect(doc).toEqual({
      url: `${server.origin}/page`,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      text: '<p>Hello</p>',
    });
  });

  it('refuses http://127.0.0.1 under the public-only policy without connecting', async () => {
    await expect(
      safeFetch(`${server.origin}/page`, { ...base, policy: publicAddressesOnly }),
    ).rejects.toThrow(`refused to fetch ${server.origin}/page: 127.0.0.1 is a loopback address`);
    expect(server.requests).toEqual([]);
  });

  it('refuses a redirect from an allowed server to a private address', async () => {
    server.route('/hop', { status: 302, headers: { location: 'http://10.0.0.1/admin' } });
    await expect(safeFetch(`${server.origin}/hop`, { ...base, policy: onlyTestServer })).rejects.toThrow(
      'refused to fetch http://10.0.0.1/admin: 10.0.0.1 is a private address',
    );
    expect(server.requests).toEqual(['/hop']);
  });

  it('refuses a redirect to an IPv4-mapped IPv6 loopback address', async () => {
    server.route('/hop', {
      status: 301,
      headers: { location: `http://[::ffff:127.0.0.1]:${String(server.port)}/page` },
    });
    await expect(safeFetch(`${server.origin}/hop`, { ...base, policy: onlyTestServer })).rejects.toThrow(
      '::ffff:7f00:1 is a loopback address',
    );
    expect(server.requests).toEqual(['/hop']);
  });

  it('refuses a host name when any of its addresses is private', async () => {
    const resolve = (): Promise<{ address: string; family: number }[]> =>
      Promise.resolve([
        { address: '93.184.216.34', family: 4 },
        { address: '169.254.169.254', family: 4 },
      ]);
    await expect(
      safeFetch('http://news.example/story', { ...base, policy: publicAddressesOnly, resolve }),
    ).rejects.toThrow('refused to fetch http://news.example/story: 169.254.169.254 is a link-local address');
  });

  it('connects to the address it checked, not to a second DNS answer', async () => {
    let calls = 0;
    const resolve = (): Promise<{ address: string; family: number }[]> => {
      calls += 1;
      return Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    };
    server.route('/host', (req, res) => res.end(req.headers.host ?? ''));
    const doc = await safeFetch(`http://news.example:${String(server.port)}/host`, {
      ...base,
      policy: onlyTestServer,
      resolve,
    });
    expect(doc.text).toBe(`news.example:${String(server.port)}`);
    expect(calls).toBe(1);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(safeFetch('file:///etc/passwd', base)).rejects.toThrow(
      'refused to fetch file:///etc/passwd: only http and https URLs are allowed',
    );
  });

  it('reports an unresolvable host', async () => {
    const resolve = (): Promise<never> => Promise.reject(new Error('ENOTFOUND'));
    await expect(safeFetch('http://nowhere.example/', { ...base, resolve })).rejects.toThrow(
      'could not resolve host nowhere.example',
    );
  });
});

describe('safeFetch redirects and status', () => {
  it('follows up to 5 redirects, including relative ones, and reports the final URL', async () => {
    for (let i = 0; i < 5; i++)
      server.route(`/r${String(i)}`, {
        status: 302,
        headers: { location: i === 4 ? '/page' : `/r${String(i + 1)}` },
      });
    const doc = await safeFetch(`${server.origin}/r0`, base);
    expect(doc.url).toBe(`${server.origin}/page`);
    expect(server.requests).toEqual(['/r0', '/r1', '/r2', '/r3', '/r4', '/page']);
  });

  it('stops after 5 redirects', async () => {
    for (let i = 0; i < 7; i++)
      server.route(`/r${String(i)}`, { status: 307, headers: { location: `/r${String(i + 1)}` } });
    await expect(safeFetch(`${server.origin}/r0`, base)).rejects.toThrow('too many redirects (more than 5)');
    expect(server.requests).toHaveLength(6);
  });

  it('fails on an error status', async () => {
    await expect(safeFetch(`${server.origin}/missing`, base)).rejects.toThrow(
      `HTTP 404 Not Found from ${server.origin}/missing`,
    );
  });
});

describe('safeFetch limits', () => {
  it('times out a server that never answers', async () => {
    server.route('/hang', () => undefined);
    await expect(safeFetch(`${server.origin}/hang`, { ...base, timeoutMs: 300 })).rejects.toThrow(
      'timed out after 300 ms',
    );
  });

  it('times out a body that never ends', async () => {
    server.route('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
    });
    await expect(safeFetch(`${server.origin}/trickle`, { ...base, timeoutMs: 300 })).rejects.toThrow(
      'timed out after 300 ms',
    );
  });

  it('refuses a body whose declared length is over the cap', async () => {
    server.route('/big', { body: 'x'.repeat(2000) });
    await expect(safeFetch(`${server.origin}/big`, { ...base, maxBytes: 1000 })).rejects.toThrow(
      'response is larger than the 1000 bytes limit',
    );
  });

  it('stops reading a streamed body once it passes the cap', async () => {
    server.route('/stream', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('y'.repeat(512)), 5);
      res.once('close', () => clearInterval(timer));
    });
    await expect(safeFetch(`${server.origin}/stream`, { ...base, maxBytes: 4096 })).rejects.toThrow(
      'response is larger than the 4 KB limit',
    );
  });

  it('caps the decompressed size of a gzip body', async () => {
    server.route('/bomb', {
      headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' },
      body: gzipSync('z'.repeat(50_000)),
    });
    await expect(safeFetch(`${server.origin}/bomb`, { ...base, maxBytes: 10_000 })).rejects.toThrow(
      'response is larger than the 10 KB limit',
    );
  });

  it('decompresses a gzip body', async () => {
    server.route('/gz', {
      headers: { 'content-type': 'text/plain', 'content-encoding': 'gzip' },
      body: gzipSync('Fare rise'),
    });
    expect((await safeFetch(`${server.origin}/gz`, base)).text).toBe('Fare rise');
  });
});

describe('safeFetch charsets', () => {
  const cafe1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x20, 0x93, 0x6f, 0x6b, 0x94]); // Café €5 “ok”

  it('decodes by the Content-Type charset (windows-1252)', async () => {
    server.route('/cp', { headers: { 'content-type': 'text/html; charset=windows-1252' }, body: cafe1252 });
    expect((await safeFetch(`${server.origin}/cp`, base)).text).toBe('Café €5 “ok”');
  });

  it('decodes by <meta charset> when the header names none', async () => {
    const body = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), cafe1252]);
    server.route('/meta', { headers: { 'content-type': 'text/html' }, body });
    expect((await safeFetch(`${server.origin}/meta`, base)).text).toBe(
      '<meta charset="windows-1252"><p>Café €5 “ok”',
    );
  });

  it('decodes by an http-equiv Content-Type meta tag (shift_jis)', async () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">';
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0x93, 0xfa, 0x96, 0x7b])]); // 日本
    server.route('/sjis', { headers: { 'content-type': 'text/html' }, body });
    expect((await safeFetch(`${server.origin}/sjis`, base)).text).toBe(`${head}日本`);
  });

  it('decodes as UTF-8 when nothing is declared', async () => {
    server.route('/utf8', { headers: { 'content-type': 'text/html' }, body: Buffer.from('Café €5') });
    expect((await safeFetch(`${server.origin}/utf8`, base)).text).toBe('Café €5');
  });
});
