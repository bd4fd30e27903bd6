import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import { startHttpServer } from '../../test/helpers/http-server.js';
import { compareFingerprints, fingerprint } from './fingerprint.js';
import type { Logger } from '../../src/log.js';
import { capturingLog, STACK_TRACE, type BadInputRow } from './row.js';

/** One in-process `newsroom …` run: exit code and everything it printed. */
async function newsroom(
  db: string,
  args: string[],
  env: Record<string, string> = {},
  log?: Logger,
): Promise<{ code: number; out: string }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const code = await runCli({
    argv: ['--db', db, ...args],
    // The offline engine (no key); log lines (stderr, not the report) only for errors.
    env: { LOG_LEVEL: 'error', PATH: process.env.PATH, ...env },
    stdout: out,
    stderr: out,
    stdin: Readable.from(['']),
    ...(log ? { log } : {}),
  });
  return { code, out: Buffer.concat(chunks).toString('utf8') };
}

/** The line the user reads about the failed item (the report's `failed` line), else the first line. */
function userLine(out: string): string {
  const lines = out.split('\n').filter((l) => l.trim() !== '');
  const failed = lines.find((l) => /^\s*failed\s/.test(l));
  return (failed ?? lines[0] ?? '(nothing printed)').trim().replace(/\s+/g, ' ');
}

// A fictional article, so searches have something to find and the store is not empty.
const FERRY = `Tollmarsh ferry board votes on lantern repairs

The Tollmarsh ferry board voted on Tuesday to repair the lanterns on pier four, the chair, Odile Brand, said. The repairs will start within two weeks and cost 4,800 crowns, according to the board's minutes.
`;

/**
 * Bad files, broken HTML and feeds, hostile URLs and hostile search strings through the command
 * line in this process (`runCli`, as `newsroom …` runs): each row's printed line, exit code, and
 * the store's fingerprint before and after.
 */
export async function cliRows(dir: string): Promise<BadInputRow[]> {
  const db = join(dir, 'cli.db');
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  await newsroom(db, ['ingest', file('ferry.txt', FERRY)]);
  // A server on loopback that would answer: a refused URL must not reach it.
  const server = await startHttpServer({
    '/page': { body: '<html><head><title>Internal</title></head><body><p>Internal page.</p></body></html>' },
  });
  const rows: BadInputRow[] = [];
  const logged = capturingLog();
  const row = async (
    group: string,
    input: string,
    args: string[],
    expect: { added: number; search?: boolean; reaches?: boolean; env?: Record<string, string> } = {
      added: 0,
    },
  ) => {
    const before = fingerprint(db);
    const requestsBefore = server.requests.length;
    const { code, out } = await newsroom(db, args, expect.env, logged.log);
    const change = compareFingerprints(before, fingerprint(db));
    let outcome = userLine(out);
    if (expect.search && code === 0) {
      const json = await newsroom(db, [...args, '--json']);
      const n = (JSON.parse(json.out) as { results: unknown[] }).results.length;
      outcome = `${n} result${n === 1 ? '' : 's'}${n === 0 ? `: ${outcome}` : ''}`;
    }
    const reached = server.requests.length > requestsBefore;
    const problems = [
      change.partial ? 'partial write' : '',
      change.added !== expect.added ? `expected ${expect.added} added, got ${change.added}` : '',
      STACK_TRACE.test(out) ? 'stack trace printed' : '',
      code === 3 ? 'internal error (exit 3)' : '',
      reached && !expect.reaches ? 'the refused address was contacted' : '',
      ...logged.take(),
    ].filter(Boolean);
    rows.push({
      group,
      input,
      via: 'CLI',
      outcome: `${outcome} (exit ${code})`,
      writes: change.writes,
      problems,
    });
  };
  const ingest = (group: string, input: string, path: string, added = 0) =>
    row(group, input, ['ingest', path], { added });
  const port = String(server.port);
  try {
    // Files.
    await ingest('file', 'empty file (0 bytes)', file('empty.txt', ''));
    await ingest('file', 'only whitespace and a byte-order mark', file('blank.md', '\uFEFF \n\n\t\n'));
    await ingest(
      'file',
      'binary (PNG header, NUL bytes) named .txt',
      file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    );
    await ingest(
      'file',
      'invalid UTF-8 (a lone 0xC3, 0xFF)',
      file('latin.txt', Buffer.from('Caf\xc3 au lait \xff on pier four\n', 'latin1')),
    );
    await ingest(
      'file',
      'over-size: 5 MB + 1 byte of text (limit 5 MB)',
      file('huge.txt', 'Tollmarsh '.repeat(524_288) + 'x'),
    );
    await ingest('file', 'unknown extension (.exe)', file('setup.exe', 'MZ not really a program'));
    // HTML.
    await ingest(
      'HTML',
      'tags only, nothing readable',
      file('tags.html', '<html><body><div><span></div></p>'),
    );
    await ingest(
      'HTML',
      'unclosed tags (p, b, i, a, article, body) around a real article',
      file(
        'unclosed.html',
        '<html><head><title>Pier four lanterns repaired</title><body><article><h1>Pier four lanterns repaired<p>The Tollmarsh harbour crew finished repairing the lanterns on pier four on Friday, the harbour master, Ilse Varn, said. <b>The work took <i>nine days and cost 5,100 crowns, less than the board had set aside in the spring.<p>The ferry timetable is unchanged, and the evening crossings will again leave from pier four from Monday.<p>The board will decide in January whether <a href="/pier-five">pier five<p>needs the same repairs, Ms Varn said.',
      ),
      1,
    );
    await ingest(
      'HTML',
      'script and style only',
      file('script.html', '<script>alert(1)</script><style>p{}</style><noscript></noscript>'),
    );
    // Feeds come by URL: served by the loopback server, fetched with private addresses allowed
    // (NEWSROOM_FETCH_ALLOW_PRIVATE, as for a newsroom's own intranet feed).
    const feed = (name: string, input: string, body: string, added = 0) => {
      const path = `/${name}`;
      server.route(path, { headers: { 'content-type': 'application/rss+xml' }, body });
      return row('feed', input, ['ingest', `${server.origin}${path}`], {
        added,
        reaches: true,
        env: { NEWSROOM_FETCH_ALLOW_PRIVATE: 'true' },
      });
    };
    await feed(
      'cut.xml',
      'truncated RSS',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>Half',
    );
    await feed(
      'none.xml',
      'RSS with no items',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
    );
    await feed('junk.xml', 'not XML at all, served as RSS', '{"this": "is not a feed"} <<<>>>');
    await feed(
      'laughs.xml',
      'entity expansion ("billion laughs")',
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]><rss version="2.0"><channel><title>Laughs</title><item><title>&f;</title><description>&f;</description></item></channel></rss>`,
    );
    await feed(
      'xxe.xml',
      'external entity (XXE) pointing at /etc/passwd',
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>X</title><item><title>Leak &x;</title><description>Leak &x; here</description></item></channel></rss>',
    );
    await feed(
      'bare.xml',
      'Atom entry with no link, no title, no text',
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Bare</title><entry><title></title></entry></feed>',
    );
    await ingest('JSON', 'truncated JSON', file('cut.json', '[{"title": "Half", "text": "The board vo'));
    await ingest('JSON', 'JSON that is not articles', file('numbers.json', '[1, 2, 3]'));
    // Hostile URLs: refused before any connection (the loopback server sees no request).
    const urls: Array<[string, string]> = [
      ['loopback IPv4', `http://127.0.0.1:${port}/page`],
      ['loopback, short form 127.1', `http://127.1:${port}/page`],
      ['loopback as a decimal number', `http://2130706433:${port}/page`],
      ['loopback in hex', `http://0x7f000001:${port}/page`],
      ['unspecified 0.0.0.0', `http://0.0.0.0:${port}/page`],
      ['DNS name resolving to loopback (localhost, /etc/hosts)', `http://localhost:${port}/page`],
      ['IPv6 loopback', `http://[::1]:${port}/page`],
      ['IPv4-mapped IPv6 loopback', `http://[::ffff:127.0.0.1]:${port}/page`],
      ['private 10/8', 'http://10.0.0.1/admin'],
      ['private 172.16/12', 'http://172.16.0.1/'],
      ['private 192.168/16', 'http://192.168.1.1/'],
      ['cloud metadata (link-local)', 'http://169.254.169.254/latest/meta-data/'],
      ['carrier-grade NAT', 'http://100.64.0.1/'],
      ['IPv6 link-local', 'http://[fe80::1]/'],
      ['IPv6 unique-local', 'http://[fc00::1]/'],
      ['user:password@ in front of loopback', `http://news.example@127.0.0.1:${port}/page`],
      ['file: scheme', 'file:///etc/passwd'],
      ['ftp: scheme', 'ftp://example.test/pub/article.txt'],
      ['gopher: scheme to loopback', `gopher://127.0.0.1:${port}/_GET`],
      ['data: URL', 'data:text/html,<p>Injected article</p>'],
      ['javascript: URL', 'javascript:alert(1)'],
    ];
    for (const [name, url] of urls) await ingest('URL (SSRF)', `${name}: ${url.replace(port, 'PORT')}`, url);
    // Search: every FTS5 operator and syntax character, unbalanced quotes and parentheses.
    const queries: Array<[string, string]> = [
      ['AND', 'ferry AND'],
      ['OR', 'OR lanterns'],
      ['NOT', 'NOT'],
      ['NEAR, unclosed', 'NEAR(ferry lanterns'],
      ['NEAR with a distance', 'NEAR(ferry lanterns, 2)'],
      ['phrase', '"ferry board"'],
      ['unbalanced quote', '"ferry board'],
      ['prefix *', 'lant*'],
      ['lone *', '*'],
      ['initial-token ^', '^ferry'],
      ['column filter', 'title:ferry'],
      ['column set', '{title text}: ferry'],
      ['+ and - ', '+ferry -lanterns'],
      ['quote and paren soup', `")(*"(( "NEAR( ))" AND ^*:{ '`],
      ['SQL injection', "'; DROP TABLE articles; --"],
      ['control characters', 'ferry\u0000\u0007\u001b[31m'],
      ['only punctuation', '!!! ??? ...'],
      ['emoji and right-to-left marks', '⛴️ \u202eferry\u202c'],
      ['6,000 characters', 'ferry '.repeat(1_000)],
      ['6,000 characters of soup', '"( '.repeat(2_000)],
    ];
    for (const [name, q] of queries)
      await row('search', name.startsWith('6,000') ? name : `${name}: ${q}`, ['search', q], {
        added: 0,
        search: true,
      });
    await row('option', 'summarize with a 6,000-character query', [
      'summarize',
      'ferry lanterns '.repeat(400),
    ]);
  } finally {
    await server.close();
  }
  return rows;
}
