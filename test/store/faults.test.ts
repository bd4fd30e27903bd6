import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app/app.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { UserError } from '../../src/errors.js';
import { createLogger } from '../../src/log.js';
import { cli } from '../helpers/cli.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';
import { draft } from './fixtures.js';

const NOW = '2024-06-01T12:00:00.000Z';
const opened: TestApp[] = [];
afterEach(async () => {
  for (const a of opened.splice(0)) await a.cleanup();
});

async function fresh(): Promise<TestApp> {
  const a = await openTestApp({ now: NOW });
  opened.push(a);
  return a;
}

const openAt = (path: string) =>
  openApp({ config: loadConfig({ NEWSROOM_DB: path }), log: createLogger('silent'), clock: fixedClock(NOW) });

/** Fictional wire copy, long enough that a few dozen fill a small page budget. */
function story(n: number) {
  const text = Array.from(
    { length: 30 },
    (_, i) =>
      `Harbour council item ${n}.${i}: the Tollmarsh ferry board met on a wet Tuesday and voted ${n + i} to ${i} on lantern repairs near pier ${n}.`,
  ).join('\n\n');
  return draft({ text, title: `Ferry board vote ${n}`, url: `https://tollmarsh.test/ferry/${n}` });
}

describe('store faults', () => {
  it('refuses a damaged database file at start with one clear line', async () => {
    const a = await fresh();
    const path = `${a.dir}/damaged.db`;
    writeFileSync(path, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]));
    const err = await openAt(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe('unavailable');
    expect((err as Error).message).toBe(
      `The database file ${path} is damaged (file is not a database): restore it from a backup, or move it aside to start a new one; \`newsroom doctor\` checks it.`,
    );
  });

  it('reports a database locked beyond the busy timeout in one line, and writes nothing', async () => {
    const a = await fresh();
    const other = new BetterSqlite3(a.path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const err = await a.store.save(story(1), { scope: 'global', now: NOW }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toBe(
        `The database ${a.path} is locked by another process (database is locked): stop the other newsroom process or wait for it, then try again.`,
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await a.store.stats()).articles).toBe(0);
  }, 30_000);

  it('leaves no half-written article when the disk fills mid-batch, and a re-run completes the batch', async () => {
    const a = await fresh();
    const drafts = Array.from({ length: 40 }, (_, i) => story(i));
    const pages = a.store.db.pragma('page_count', { simple: true }) as number;
    // A size limit the batch overflows: SQLite reports it exactly as a full disk (SQLITE_FULL).
    a.store.db.pragma(`max_page_count = ${pages + 60}`);
    const stored = async () => (await a.store.list({ limit: 100 })).map((x) => x.title).sort();
    // SQLite rolls the whole batch back on a full disk: one clear error, and no article half there.
    await expect(a.store.saveMany(drafts, { scope: 'global', now: NOW })).rejects.toThrow(
      `The disk holding the database ${a.path} is full (database or disk is full): free some space, then run the same ingest again — what was stored is kept and skipped as unchanged.`,
    );
    expect(await stored()).toEqual([]);
    const one = await a.store.save(drafts[0]!, { scope: 'global', now: NOW });
    expect(one.status).toBe('added');
    expect(a.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    a.store.db.pragma('max_page_count = 1073741823');
    const second = await a.store.saveMany(drafts, { scope: 'global', now: NOW });
    expect(second.map((r) => r.ok && r.result.status)).toEqual([
      'unchanged',
      ...drafts.slice(1).map(() => 'added'),
    ]);
    expect(await stored()).toEqual(drafts.map((d) => d.title).sort());
    for (const d of drafts) {
      const [hit] = await a.store.search({ text: `"${d.title}"`, limit: 1 });
      expect(hit?.article.title).toBe(d.title);
    }
  });
});

describe('a damaged database at start', () => {
  it('stops the command line with one line and a non-zero exit', async () => {
    const a = await fresh();
    const path = `${a.dir}/damaged.db`;
    writeFileSync(path, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]));
    const r = await cli(['stats'], { env: { NEWSROOM_DB: path } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `newsroom: The database file ${path} is damaged (file is not a database): restore it from a backup, or move it aside to start a new one; \`newsroom doctor\` checks it.\n`,
    );
    const j = await cli(['stats', '--json'], { env: { NEWSROOM_DB: path } });
    expect(j.json()).toEqual({
      error: { code: 'unavailable', message: expect.stringMatching(/is damaged/) },
    });
  });

  it('stops the bot with one line and a non-zero exit', async () => {
    const a = await fresh();
    const path = `${a.dir}/damaged.db`;
    writeFileSync(path, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        NEWSROOM_DB: path,
        DISCORD_TOKEN: 'fake.token.value',
        LOG_LEVEL: 'silent',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `newsroom: The database file ${path} is damaged (file is not a database): restore it from a backup, or move it aside to start a new one; \`newsroom doctor\` checks it.\n`,
    );
  }, 60_000);
});
