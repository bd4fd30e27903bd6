import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cli } from '../helpers/cli.js';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/articles/ingest.js';
import { makeIngestContext, type TestIngest } from './context.js';
import { fixturePath } from './fixtures.js';

const ARTICLE =
  'Ferry Fares Rise\n\nBayline Co. raised adult fares by 50 cents on Monday, citing fuel costs.\n';

let t: TestIngest;
beforeEach(async () => {
  t = await makeIngestContext();
});
afterEach(async () => {
  await t.cleanup();
});

function put(name: string, content: string | Buffer): string {
  const path = join(t.dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function copyFixture(name: string, to: string): void {
  mkdirSync(join(to, '..'), { recursive: true });
  copyFileSync(fixturePath(name), to);
}

describe('ingest of files and directories', () => {
  it('reads every supported format in a directory, recursively, ignoring other and hidden files', async () => {
    const inbox = join(t.dir, 'inbox');
    copyFixture('harbor-gazette.txt', join(inbox, 'harbor-gazette.txt'));
    copyFixture('ferry.md', join(inbox, 'sub', 'ferry.md'));
    copyFixture('courier-page.html', join(inbox, 'sub', 'deeper', 'courier-page.html'));
    copyFixture('jsonld-page.htm', join(inbox, 'jsonld-page.htm'));
    copyFixture('single.json', join(inbox, 'single.json'));
    copyFixture('batch.json', join(inbox, 'batch.json'));
    put('inbox/notes.csv', 'a,b\n1,2\n');
    put('inbox/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    put('inbox/.hidden.txt', ARTICLE);

    const report = await ingest(t.ctx, [inbox]);

    expect(report.items.map((i) => [i.source, i.status])).toEqual([
      [join(inbox, 'batch.json#1'), 'added'],
      [join(inbox, 'batch.json#2'), 'added'],
      [join(inbox, 'harbor-gazette.txt'), 'added'],
      [join(inbox, 'jsonld-page.htm'), 'added'],
      [join(inbox, 'single.json'), 'added'],
      [join(inbox, 'sub', 'deeper', 'courier-page.html'), 'added'],
      [join(inbox, 'sub', 'ferry.md'), 'added'],
    ]);
    expect(report).toMatchObject({ added: 7, updated: 0, unchanged: 0, duplicate: 0, failed: 0 });
    const stored = await t.ctx.store.get(report.items[2]!.id!);
    expect(stored).toMatchObject({
      title: 'Harbor Council Approves New Ferry Route to Pelican Island',
      outlet: 'Harbor Gazette',
    });
    expect((await t.ctx.store.stats()).articles).toBe(7);
  });

  it('decodes an HTML file in the charset its meta tag declares', async () => {
    const report = await ingest(t.ctx, [fixturePath('cafe-1252.html')]);
    const article = await t.ctx.store.get(report.items[0]!.id!);
    expect(article?.title).toBe('Café Owners Protest Rent Rise');
    expect(article?.outlet).toBe('Rue Courier');
    expect(article?.text).toContain('“We cannot pass this on to customers,” said Amélie Roux');
  });

  it('reports every article unchanged when the same inputs are ingested again', async () => {
    const inputs = [fixturePath('batch.json'), fixturePath('ferry.md'), fixturePath('courier-page.html')];
    const first = await ingest(t.ctx, inputs);
    const second = await ingest(t.ctx, inputs);
    expect(first).toMatchObject({ added: 4, failed: 0 });
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 4, failed: 0 });
    expect(second.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
  });

  it('reports an edited article with the same URL as updated', async () => {
    const front = '---\nurl: https://gazette.example/fares\n---\n';
    const path = put('story.md', `${front}${ARTICLE}`);
    const first = await ingest(t.ctx, [path]);
    writeFileSync(path, `${front}${ARTICLE}\nMonthly passes are not affected.\n`);
    const second = await ingest(t.ctx, [path]);
    expect(second).toMatchObject({ updated: 1, added: 0 });
    expect(second.items[0]!.id).toBe(first.items[0]!.id);
  });

  it('stores in the requested scope and marks examples', async () => {
    const report = await ingest(t.ctx, [put('story.txt', ARTICLE)], {
      scope: '123456789012345678',
      isExample: true,
    });
    const id = report.items[0]!.id!;
    expect(await t.ctx.store.get(id)).toBeNull();
    expect(await t.ctx.store.get(id, { guild: '123456789012345678' })).toMatchObject({
      scope: '123456789012345678',
      isExample: true,
    });
  });

  it('calls onProgress after each article, growing the total as JSON arrays reveal their records', async () => {
    const calls: [number, number][] = [];
    await ingest(t.ctx, [fixturePath('batch.json'), fixturePath('ferry.md')], {
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [0, 2],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('ingest fill-in options', () => {
  it('fills outlet and date only where the input has none', async () => {
    const bare = put('bare.txt', ARTICLE);
    const report = await ingest(t.ctx, [bare, fixturePath('single.json')], {
      outlet: 'Harbor Gazette',
      published: '2024-06-01',
    });
    const [own, full] = await t.ctx.store.getMany(report.items.map((i) => i.id!));
    const byTitle = new Map([own, full].map((a) => [a!.title, a!]));
    expect(byTitle.get('Ferry Fares Rise')).toMatchObject({
      outlet: 'Harbor Gazette',
      publishedAt: '2024-06-01',
      publishedAtSource: 'metadata',
    });
    expect(byTitle.get('Valley Times Wins Press Award')).toMatchObject({
      outlet: 'The Valley Times',
      publishedAt: '2024-04-12',
    });
  });

  it('does not override a date read from the dateline', async () => {
    const report = await ingest(t.ctx, [fixturePath('airline-dateline.txt')], { published: '2024-06-01' });
    expect(await t.ctx.store.get(report.items[0]!.id!)).toMatchObject({
      publishedAt: '2009-03-03',
      publishedAtSource: 'text',
    });
  });

  it('refuses an unreadable --published on the command line before reading anything', async () => {
    const db = join(t.dir, 'cli.db');
    const r = await cli(['--db', db, 'ingest', put('a.txt', ARTICLE), '--published', 'someday']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'newsroom: published: could not read "someday" as a date (use YYYY-MM-DD or a phrase like "last week")\n',
    );
    expect((await cli(['--db', db, 'stats', '--json'])).json().articles).toBe(0);
  });
});

describe('ingest of bad inputs', () => {
  it('fails each bad input with a clear reason while the rest of the batch is stored', async () => {
    const good = put('good.txt', ARTICLE);
    const inputs = [
      put('empty.txt', ''),
      put('blank.md', '  \n\n \n'),
      put('binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02])),
      put('latin1.txt', Buffer.from('Caf\xe9 au lait\n\nIt was good.', 'latin1')),
      put('report.pdf', '%PDF-1.4'),
      join(t.dir, 'missing.txt'),
      fixturePath('teaser.html'),
      put('broken.json', '{"title": '),
      put('empty-list.json', '[]'),
      fixturePath('records.jsonl'),
      'ftp://files.example/story.txt',
      good,
    ];
    const report = await ingest(t.ctx, inputs);
    expect(report.items.map((i) => [i.source, i.status, i.error])).toEqual([
      [inputs[0], 'failed', 'empty file'],
      [inputs[1], 'failed', 'empty file'],
      [inputs[2], 'failed', 'not valid UTF-8 text (the file looks binary)'],
      [inputs[3], 'failed', 'not valid UTF-8 text'],
      [
        inputs[4],
        'failed',
        'unsupported file type (expected .txt, .md, .markdown, .html, .htm, .json, .jsonl, .ndjson)',
      ],
      [inputs[5], 'failed', 'no such file or directory'],
      [inputs[6], 'failed', 'no article text found (fewer than 300 characters of body text)'],
      [inputs[7], 'failed', expect.stringMatching(/^invalid JSON: /)],
      [inputs[8], 'failed', 'no articles in file'],
      [`${inputs[9]!}#1`, 'added', undefined],
      [`${inputs[9]!}#3`, 'failed', expect.stringMatching(/^invalid JSON on line 3: /)],
      [`${inputs[9]!}#4`, 'failed', 'record has no text (expected a text, body or content field)'],
      [`${inputs[9]!}#5`, 'added', undefined],
      [inputs[10], 'failed', 'unsupported address (only http and https URLs can be fetched)'],
      [good, 'added', undefined],
    ]);
    expect(report).toMatchObject({ added: 3, failed: 12 });
    expect((await t.ctx.store.stats()).articles).toBe(3);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const small = await makeIngestContext({ NEWSROOM_MAX_INPUT_BYTES: '100' });
    try {
      const big = join(small.dir, 'big.txt');
      writeFileSync(big, `Big Story\n\n${'The council met again. '.repeat(10)}`);
      const report = await ingest(small.ctx, [big]);
      expect(report.items).toEqual([
        { source: big, status: 'failed', error: 'file is too large (241 bytes; the limit is 100 bytes)' },
      ]);
    } finally {
      await small.cleanup();
    }
  });

  it('fails a directory that holds no supported files', async () => {
    const dir = join(t.dir, 'pictures');
    put('pictures/a.png', 'x');
    const report = await ingest(t.ctx, [dir]);
    expect(report.items).toEqual([
      {
        source: dir,
        status: 'failed',
        error: 'no supported files in directory (.txt, .md, .markdown, .html, .htm, .json, .jsonl, .ndjson)',
      },
    ]);
  });
});
