import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ingest } from '../../src/articles/ingest.js';
import { makeIngestContext, type TestIngest } from './context.js';

let t: TestIngest;
beforeEach(async () => {
  t = await makeIngestContext();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await t.cleanup();
});

const story = (n: number) =>
  `Harbor Story Number ${n}\n\nThe harbor board met on Monday to discuss item ${n} of its agenda, a plan for berth ${n * 7}.\n\n` +
  `Board member ${n} said the plan would be voted on next month after a public hearing at the port office.\n`;

function folder(count: number): string {
  const dir = join(t.dir, 'inbox');
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= count; n++)
    writeFileSync(join(dir, `story-${String(n).padStart(3, '0')}.txt`), story(n));
  return dir;
}

describe('ingest of local files in batches', () => {
  it('stores a folder with one saveMany call per batch and no single saves', async () => {
    const saveMany = vi.spyOn(t.ctx.store, 'saveMany');
    const save = vi.spyOn(t.ctx.store, 'save');
    const report = await ingest(t.ctx, [folder(12)]);
    expect(report).toMatchObject({ added: 12, failed: 0 });
    expect(saveMany).toHaveBeenCalledTimes(1);
    expect(saveMany.mock.calls[0]![0]).toHaveLength(12);
    expect(save).not.toHaveBeenCalled();
    expect((await t.ctx.store.stats()).articles).toBe(12);
  });

  it('fails only the article whose write fails, in its place, and stores the rest of the batch', async () => {
    t.ctx.store.db
      .exec(`CREATE TRIGGER fail_five BEFORE INSERT ON article_bodies WHEN NEW.text LIKE '%item 5 of%'
      BEGIN SELECT RAISE(ABORT, 'bad row'); END`);
    const dir = folder(8);
    const progress: Array<[number, number]> = [];
    const report = await ingest(t.ctx, [dir], { onProgress: (done, total) => progress.push([done, total]) });
    expect(report.items.map((i) => [i.source.slice(dir.length + 1), i.status])).toEqual([
      ['story-001.txt', 'added'],
      ['story-002.txt', 'added'],
      ['story-003.txt', 'added'],
      ['story-004.txt', 'added'],
      ['story-005.txt', 'failed'],
      ['story-006.txt', 'added'],
      ['story-007.txt', 'added'],
      ['story-008.txt', 'added'],
    ]);
    expect(report.items[4]!.error).toContain('bad row');
    expect((await t.ctx.store.stats()).articles).toBe(7);
    expect(await t.ctx.store.search({ text: '"berth 35"' })).toEqual([]);
    expect(progress.at(-1)).toEqual([8, 8]);
    expect(progress.map(([done]) => done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reports an unreadable file among good ones in input order', async () => {
    const dir = folder(3);
    writeFileSync(join(dir, 'story-002b.txt'), '');
    const report = await ingest(t.ctx, [dir]);
    expect(report.items.map((i) => [i.source.slice(dir.length + 1), i.status, i.error])).toEqual([
      ['story-001.txt', 'added', undefined],
      ['story-002.txt', 'added', undefined],
      ['story-002b.txt', 'failed', 'empty file'],
      ['story-003.txt', 'added', undefined],
    ]);
  });
});
