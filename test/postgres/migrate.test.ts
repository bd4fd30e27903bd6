import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GLOBAL_SCOPE } from '../../src/articles/article.js';
import { ingest } from '../../src/articles/ingest.js';
import { openApp, type App } from '../../src/app/app.js';
import { uncopied } from '../../src/app/migrate/copy.js';
import { migrateSqliteToPostgres } from '../../src/app/migrate/index.js';
import { openSqliteBackend } from '../../src/app/sqlite-backend.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { cli } from '../helpers/cli.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';
import { adminQuery, createTestSchema, postgresAvailable, type TestSchema } from '../helpers/postgres.js';
import { draft } from '../store/fixtures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus');
const hasCorpus = existsSync(join(corpus, 'polnear'));
const NOW = '2026-03-12T09:00:00.000Z';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function sqliteNewsroom(): Promise<TestApp> {
  const app = await openTestApp({ now: NOW });
  cleanups.push(() => app.cleanup());
  return app;
}

async function target(): Promise<TestSchema> {
  const s = await createTestSchema();
  cleanups.push(() => s.drop());
  return s;
}

async function openTarget(url: string): Promise<App> {
  const app = await openApp({
    config: loadConfig({ DATABASE_URL: url }),
    log: createLogger('silent'),
    clock: fixedClock(NOW),
  });
  cleanups.push(() => app.close());
  return app;
}

/** Everything a reader sees of a newsroom, in an order that does not depend on the store. */
async function snapshot(app: App) {
  const articles = await app.store.list({ limit: 1000 });
  const guild = await app.store.list({ guild: '555', limit: 1000 });
  const ids = [...articles, ...guild].map((a) => a.id).sort();
  return {
    articles: await Promise.all(
      ids.map(async (id) => ({
        article: (await app.store.get(id, { guild: '555' }))!,
        raw: await app.store.getRaw(id),
      })),
    ),
    stats: { ...(await app.store.stats()), bytes: 0 },
    stories: (await app.stories.list({ limit: 1000 })).sort((a, b) => a.id.localeCompare(b.id)),
    storiesOf: [...(await app.stories.storiesOf(ids))].sort(),
    outlets: await app.store.outlets({ guild: '555' }),
    bridge: (await app.store.search({ text: 'harbor bridge', limit: 50 })).map((h) => h.article.id).sort(),
    ledger: await app.ledger.recent('555', 10),
    feeds: await app.feeds.list('555'),
    seen: await app.feeds.seen((await app.feeds.list('555'))[0]?.id ?? '', ['item-1', 'item-2', 'item-3']),
    setting: await (await app.keyv('settings')).get('digest:555'),
    posted: await app.postedAnswers.get('postedkey1'),
    cited: (await Promise.all(ids.map((id) => app.postedAnswers.citing(id)))).flat(),
    versions: await Promise.all(ids.map((id) => app.store.versions(id, { guild: '555' }))),
    redirects: await app.stories.redirects(
      (await app.stories.list({ guild: '555', limit: 1000 })).map((s) => s.id),
      { guild: '555' },
    ),
  };
}

describe('what newsroom migrate copies', () => {
  it('has a place for every table and column a SQLite newsroom holds', async () => {
    const file = await sqliteNewsroom();
    const backend = await openSqliteBackend({ path: file.path, clock: fixedClock(NOW) });
    try {
      expect(uncopied(backend.store.db)).toEqual([]);
    } finally {
      await backend.store.close();
    }
  });
});

describe.skipIf(!postgresAvailable)('newsroom migrate', () => {
  it('moves the sample newsroom with everything it holds, and verifies it', async () => {
    const file = await sqliteNewsroom();
    await ingest(file, [join(root, 'examples')], { scope: GLOBAL_SCOPE, isExample: true });
    const own = await file.store.save(
      draft({
        text: 'The Desk Weekly was printed on blue paper this week.\n\nReaders noticed. 🟦',
        title: 'Blue paper',
      }),
      { scope: '555' },
    );
    const original = (await file.store.list({ limit: 1 }))[0]!;
    const copy = await file.store.save(
      draft({ text: original.text, title: original.title, url: 'https://wire.example/copy', outlet: 'Wire' }),
      { scope: GLOBAL_SCOPE },
    );
    expect(copy.status).toBe('duplicate');
    // A correction: the text replaced keeps its version.
    const blue = draft({
      text: 'Blue paper, first edition.\n\nIt ran out.',
      title: 'Blue',
      url: 'https://desk.example/blue',
    });
    await file.store.save(blue, { scope: '555' });
    expect(
      (
        await file.store.save(
          { ...blue, text: 'Blue paper, second edition.\n\nIt ran out again.' },
          { scope: '555' },
        )
      ).status,
    ).toBe('updated');
    await file.grouping.backfill();
    // Two stories merged: the one that went away still resolves.
    const [gone, kept] = (await file.stories.list({ guild: '555', limit: 1000 })).map((x) => x.id);
    expect(kept).toBeDefined();
    await file.stories.mergeStories({ from: gone!, into: kept! });
    await file.ledger.claim({ guildId: '555', date: '2026-03-11', by: 'host:1', at: NOW, channelId: '9' });
    await file.ledger.finish({
      guildId: '555',
      date: '2026-03-11',
      status: 'posted',
      at: NOW,
      messageIds: ['m1'],
    });
    // A digest that failed, was retried and failed again: its retry is due after the move.
    await file.ledger.claim({ guildId: '555', date: '2026-03-12', by: 'host:1', at: NOW, channelId: '9' });
    await file.ledger.finish({ guildId: '555', date: '2026-03-12', status: 'failed', at: NOW, retryAt: NOW });
    expect(
      await file.ledger.retake({
        guildId: '555',
        date: '2026-03-12',
        by: 'host:2',
        at: NOW,
        staleBefore: NOW,
      }),
    ).toBe(true);
    await file.ledger.finish({
      guildId: '555',
      date: '2026-03-12',
      status: 'failed',
      at: NOW,
      retryAt: '2026-03-12T09:30:00.000Z',
    });
    const feed = (await file.feeds.add({
      scope: '555',
      url: 'https://feeds.example/rss',
      by: 'u1',
      at: NOW,
    }))!;
    await file.feeds.markSeen(
      feed.id,
      [
        { key: 'item-1', articleId: own.id },
        { key: 'item-2', articleId: null },
      ],
      NOW,
    );
    await (
      await file.keyv('settings')
    ).set('digest:555', { channel: '9', time: '07:30', timezone: 'Europe/Oslo' });
    const answer = await (
      await file.answerEngine('extractive')
    ).answer({
      kind: 'summary',
      query: '',
      articles: [own.id],
      guild: '555',
    });
    await file.postedAnswers.track({
      key: 'postedkey1',
      guildId: '555',
      channelId: '9',
      messageId: 'm2',
      interactionId: 'i1',
      userId: 'u1',
      answer,
      read: 1,
      postedAt: NOW,
    });
    const before = await snapshot(file);
    expect(before.cited.length).toBeGreaterThan(0);
    expect(before.versions.flat()).toHaveLength(1);
    expect(before.redirects).toHaveLength(1);
    expect(before.ledger.find((d) => d.date === '2026-03-12')).toMatchObject({
      attempts: 2,
      retryAt: '2026-03-12T09:30:00.000Z',
    });

    const to = await target();
    const r = await cli(['migrate', '--from', file.path, '--to', to.url], { now: NOW });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Verified: every count matches, and 8 articles are identical byte for byte.');

    const after = await snapshot(await openTarget(to.url));
    expect(after).toEqual(before);
    expect(after.articles.find((a) => a.article.id === copy.id)!.article.duplicateOf).toBe(copy.duplicateOf);
    expect(after.setting).toEqual({ channel: '9', time: '07:30', timezone: 'Europe/Oslo' });
  });

  it('refuses to copy into a database that holds another newsroom', async () => {
    const file = await sqliteNewsroom();
    await file.store.save(
      draft({ text: 'One article about the harbour.\n\nAnd its ferry.', title: 'Harbour' }),
      { scope: GLOBAL_SCOPE },
    );
    const to = await target();
    const other = await openTarget(to.url);
    await other.store.save(
      draft({ text: 'Another newsroom entirely.\n\nWith its own story.', title: 'Other' }),
      {
        scope: GLOBAL_SCOPE,
      },
    );
    const r = await cli(['migrate', '--from', file.path, '--to', to.url]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      'newsroom: The target database already holds other articles; migrate into an empty database (or the one an interrupted copy of this file left).',
    );
  });

  it.skipIf(!hasCorpus)('moves the corpus losslessly, resuming after an interrupted copy', async () => {
    const file = await sqliteNewsroom();
    const folders = ['polnear', 'wikinews', 'seeds'].map((f) => join(corpus, f));
    const report = await ingest(file, folders, { scope: GLOBAL_SCOPE });
    const files = folders.flatMap((f) => readdirSync(f).filter((n) => n.endsWith('.json')));
    expect(report.added + report.duplicate).toBe(files.length);
    await file.grouping.backfill();
    const before = await snapshot(file);

    const to = await target();
    const options = {
      from: file.path,
      to: to.url,
      clock: fixedClock(NOW),
      log: createLogger('silent'),
      batch: 10,
    };
    // The database refuses the article with sequence number 25: the copy stops in its third batch.
    await openTarget(to.url).then((a) => a.close());
    await adminQuery(
      `CREATE FUNCTION stop_copy() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN IF NEW.seq = 25 THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $f$`,
      [],
      to.url,
    );
    await adminQuery(
      'CREATE TRIGGER stop_copy BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION stop_copy()',
      [],
      to.url,
    );
    await expect(migrateSqliteToPostgres(options)).rejects.toThrow('disk full');
    expect(await adminQuery('SELECT count(*)::int AS n FROM articles', [], to.url)).toEqual([{ n: 20 }]);

    await adminQuery('DROP TRIGGER stop_copy ON articles', [], to.url);
    const resumed = await migrateSqliteToPostgres(options);
    expect(resumed.steps[0]).toEqual({ table: 'articles', copied: files.length - 20 });
    expect(resumed.verification.mismatches).toEqual([]);
    expect(resumed.verification.sampled).toBe(files.length);
    expect(await snapshot(await openTarget(to.url))).toEqual(before);
  });
});
