import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cli, tempDb } from '../helpers/cli.js';

const fixtures = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const good = [fixtures + 'mayor-budget.txt', fixtures + 'transit.md'];

describe('newsroom command line', () => {
  let t: ReturnType<typeof tempDb>;
  beforeEach(() => {
    t = tempDb();
  });
  afterEach(() => t.cleanup());

  it('ingests files and reports added, then unchanged on a re-run', async () => {
    const first = await cli(['--db', t.db, '--json', 'ingest', ...good]);
    expect(first.code).toBe(0);
    expect(first.json()).toMatchObject({ added: 2, updated: 0, unchanged: 0, duplicate: 0, failed: 0 });
    const again = await cli(['--db', t.db, '--json', 'ingest', ...good]);
    expect(again.json()).toMatchObject({ added: 0, unchanged: 2, failed: 0 });
  });

  it('exits 2 and names the failed item when part of a batch fails, keeping the rest', async () => {
    const r = await cli(['--db', t.db, '--json', 'ingest', fixtures + 'empty.txt', good[0]!]);
    expect(r.code).toBe(2);
    const report = r.json();
    expect(report).toMatchObject({ added: 1, failed: 1 });
    expect(report.items.find((i: { status: string }) => i.status === 'failed').source).toContain('empty.txt');
    expect((await cli(['--db', t.db, '--json', 'list'])).json().articles).toHaveLength(1);
  });

  it('prints search results as JSON with passages that are ranges of the stored text', async () => {
    await cli(['--db', t.db, 'ingest', ...good]);
    const r = await cli(['--db', t.db, '--json', 'search', 'library']);
    expect(r.code).toBe(0);
    const { results } = r.json();
    expect(results[0].article.title).toBe('Mayor unveils budget with new money for libraries');
    expect(results[0].passages.length).toBeGreaterThan(0);
    const { start, end } = results[0].passages[0];
    expect(results[0].article.text.slice(start, end)).toMatch(/librar/i);
  });

  it('never fails on hostile search strings', async () => {
    await cli(['--db', t.db, 'ingest', ...good]);
    for (const q of [
      '"unbalanced',
      'NEAR(a b',
      '-',
      '***',
      'title:x',
      'AND OR NOT',
      '🚌 bus',
      "'; DROP TABLE articles; --",
    ]) {
      const r = await cli(['--db', t.db, '--json', 'search', q]);
      expect(r.code, q).toBe(0);
      expect(Array.isArray(r.json().results), q).toBe(true);
    }
  });

  it('shows an article by id with its exact text', async () => {
    const report = (await cli(['--db', t.db, '--json', 'ingest', good[1]!])).json();
    const id = report.items[0].id;
    const shown = await cli(['--db', t.db, '--json', 'show', id]);
    expect(shown.code).toBe(0);
    expect(shown.json()).toMatchObject({ id, title: 'Greenfield buses to run all night on weekends' });
    expect(shown.json().text).toContain(
      '"People who work late should not have to walk home," agency director Ruth Okoye said.',
    );
  });

  it('exits 1 with one line on stderr and a JSON error for an unknown id', async () => {
    const r = await cli(['--db', t.db, '--json', 'show', 'no-such-article']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.json()).toEqual({
      error: { code: 'not_found', message: 'No stored article with id "no-such-article".' },
    });
  });

  it('exits 1 naming the variable when the configuration is bad', async () => {
    const r = await cli(['--db', t.db, 'stats'], { env: { NEWSROOM_MAX_INPUT_BYTES: 'lots' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Invalid configuration: NEWSROOM_MAX_INPUT_BYTES/);
  });

  it('exits 1 for an unreadable date', async () => {
    const r = await cli(['--db', t.db, 'list', '--since', 'the other day']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/since: could not read "the other day"/);
  });

  it('keeps global and server articles apart by scope', async () => {
    await cli(['--db', t.db, 'ingest', good[0]!]);
    await cli(['--db', t.db, '--scope', '111', 'ingest', good[1]!]);
    const titles = async (args: string[]) =>
      (await cli(['--db', t.db, '--json', ...args, 'list']))
        .json()
        .articles.map((a: { title: string }) => a.title)
        .sort();
    expect(await titles([])).toEqual(['Mayor unveils budget with new money for libraries']);
    expect(await titles(['--scope', '111'])).toHaveLength(2);
    expect(await titles(['--scope', '222'])).toEqual(['Mayor unveils budget with new money for libraries']);
  });

  it('removes an article and reports an unknown one', async () => {
    const id = (await cli(['--db', t.db, '--json', 'ingest', good[0]!])).json().items[0].id;
    expect((await cli(['--db', t.db, 'remove', id])).code).toBe(0);
    expect((await cli(['--db', t.db, 'remove', id])).code).toBe(1);
  });
});

describe('newsroom console', () => {
  let t: ReturnType<typeof tempDb>;
  beforeEach(() => {
    t = tempDb();
  });
  afterEach(() => t.cleanup());

  it('seeds the sample newsroom on first start and answers piped commands until end of input', async () => {
    const r = await cli(['--db', t.db, 'console'], {
      stdinText: '/search query:harbor bridge\n/frobnicate\n/stats\n',
    });
    expect(r.stdout).toContain('Harbor Bridge');
    expect(r.stderr).toContain('Unknown command "/frobnicate"');
    expect(r.stdout).toMatch(/examples\s+5/);
    const removed = await cli(['--db', t.db, '--json', 'remove', '--examples']);
    expect(removed.json()).toEqual({ removed: 5 });
  });

  it('does not seed examples into a store that has articles', async () => {
    await cli(['--db', t.db, 'ingest', good[0]!]);
    const r = await cli(['--db', t.db, 'console'], { stdinText: '/stats\n' });
    expect(r.stdout).toMatch(/articles\s+1\n/);
  });
});
