import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { openApp, type App } from '../../src/app/app.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { openPostgresTestApp, type PostgresTestApp } from '../helpers/open-postgres-test-app.js';
import { postgresAvailable } from '../helpers/postgres.js';
import { saveFixture } from '../stories/helpers.js';

const NOW = '2025-04-20T12:00:00.000Z';
const fx = (id: string) => FIXTURE_ARTICLES.find((a) => a.id === id)!;
const opened: Array<{ cleanup(): Promise<void> }> = [];
afterEach(async () => {
  // Second apps first: the first one drops the schema.
  for (const a of opened.splice(0).reverse()) await a.cleanup();
});

async function first(): Promise<PostgresTestApp> {
  const app = await openPostgresTestApp({ now: NOW });
  opened.push(app);
  return app;
}

/** Another process's app on the same database (its own pool, its own caches). */
async function another(of: PostgresTestApp): Promise<App> {
  const app = await openApp({
    config: loadConfig({ DATABASE_URL: of.url }),
    log: createLogger('silent'),
    clock: fixedClock(NOW),
  });
  opened.push({ cleanup: () => app.close() });
  return app;
}

describe.skipIf(!postgresAvailable)('state shared by processes on one Postgres', () => {
  it('groups stories as on SQLite: a later article joins, a copy is linked, stories list by scope', async () => {
    const t = await first();
    const saved = await Promise.all(
      ['fx-bridge-1', 'fx-bridge-2', 'fx-strike-1'].map((id) => saveFixture(t.store, fx(id))),
    );
    const initial = await t.grouping.assign(saved);
    expect(initial.map((a) => a.action)).toEqual(['started', 'joined', 'started']);
    const later = await saveFixture(t.store, fx('fx-bridge-3'));
    expect((await t.grouping.assign([later]))[0]).toMatchObject({
      storyId: initial[0]!.storyId,
      action: 'joined',
    });
    const copy = await saveFixture(
      t.store,
      { ...fx('fx-strike-1'), id: 'fx-strike-copy', outlet: 'Valley Wire' },
      {
        url: 'https://wire.example/strike',
      },
    );
    expect((await t.grouping.assign([copy]))[0]!.action).toBe('copy');
    const stories = await t.stories.list({});
    const bridge = stories.find((s) => s.id === initial[0]!.storyId)!;
    expect(bridge.articles).toEqual([saved[0]!.id, saved[1]!.id, later.id]);
    expect(bridge.outlets).toEqual(['Alden Courier', 'Harbor Ledger', 'Wend Valley Times']);
    expect([bridge.first, bridge.last]).toEqual(['2025-03-03', '2025-03-08']);
    const strike = stories.find((s) => s.id === initial[2]!.storyId)!;
    expect(strike.copies).toEqual([copy.id]);
    expect(await t.stories.storiesOf([later.id, copy.id])).toEqual(
      new Map([
        [later.id, bridge.id],
        [copy.id, strike.id],
      ]),
    );
    expect(await t.stories.get(bridge.id, { guild: '999' })).toMatchObject({ id: bridge.id });
    expect(await t.stories.ungrouped(10)).toEqual([]);
  });

  it('starts one story, not two, when two processes group articles about one event at once', async () => {
    const a = await first();
    const b = await another(a);
    const ids = ['fx-bridge-1', 'fx-bridge-2', 'fx-bridge-3', 'fx-bridge-4'];
    const articles = await Promise.all(ids.map((id) => saveFixture(a.store, fx(id))));
    // Each process was handed half of the articles by its own ingest, at the same moment.
    await Promise.all([
      a.grouping.assign([articles[0]!, articles[2]!]),
      b.grouping.assign([articles[1]!, articles[3]!]),
    ]);
    const stories = await a.stories.list({});
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles.sort()).toEqual(articles.map((x) => x.id).sort());
  });

  it('lets exactly one of several processes claim a digest', async () => {
    const a = await first();
    const b = await another(a);
    const claim = (app: App, by: string) =>
      app.ledger.claim({ guildId: '42', date: '2025-04-19', by, at: NOW, channelId: '7' });
    const won = await Promise.all([1, 2, 3, 4, 5].flatMap((i) => [claim(a, `a${i}`), claim(b, `b${i}`)]));
    expect(won.filter(Boolean)).toHaveLength(1);
    await b.ledger.finish({
      guildId: '42',
      date: '2025-04-19',
      status: 'posted',
      at: NOW,
      messageIds: ['m1', 'm2'],
    });
    expect(await a.ledger.get('42', '2025-04-19')).toMatchObject({
      status: 'posted',
      channelId: '7',
      messageIds: ['m1', 'm2'],
    });
    expect((await a.ledger.recent('42', 5)).map((r) => r.date)).toEqual(['2025-04-19']);
    expect(await b.ledger.forget('42')).toBe(1);
    expect(await a.ledger.get('42', '2025-04-19')).toBeNull();
  });

  it('leases a due feed to one process, and again once the lease has run out', async () => {
    const a = await first();
    const b = await another(a);
    const feed = (await a.feeds.add({
      scope: 'global',
      url: 'https://feeds.example/rss',
      by: null,
      at: NOW,
    }))!;
    expect(
      await b.feeds.add({ scope: 'global', url: 'https://feeds.example/rss', by: null, at: NOW }),
    ).toBeNull();
    const leaseUntil = '2025-04-20T12:10:00.000Z';
    const taken = await Promise.all([a, b, a, b].map((app) => app.feeds.lease(feed.id, NOW, leaseUntil)));
    expect(taken.filter(Boolean)).toHaveLength(1);
    // The process that took it died mid-poll: nothing is due until the lease runs out.
    expect(await b.feeds.due('2025-04-20T12:05:00.000Z', 10)).toEqual([]);
    const later = '2025-04-20T12:10:00.000Z';
    expect((await b.feeds.due(later, 10)).map((f) => f.id)).toEqual([feed.id]);
    expect(await b.feeds.lease(feed.id, later, '2025-04-20T12:20:00.000Z')).toBe(true);
    await b.feeds.record(feed.id, {
      ok: true,
      at: later,
      nextPollAt: '2025-04-20T12:40:00.000Z',
      notModified: false,
      etag: '"v1"',
      lastModified: null,
      title: 'Feed',
      itemCount: 3,
      added: 2,
    });
    await b.feeds.markSeen(
      feed.id,
      [
        { key: 'g1', articleId: 'a_1' },
        { key: 'g2', articleId: null },
        { key: 'g1', articleId: 'a_1' },
      ],
      later,
    );
    expect(await a.feeds.seen(feed.id, ['g1', 'g2', 'g3'])).toEqual(new Set(['g1', 'g2']));
    expect(await a.feeds.find('global', 'https://feeds.example/rss')).toMatchObject({
      etag: '"v1"',
      title: 'Feed',
      itemCount: 3,
      addedCount: 2,
      failures: 0,
      nextPollAt: '2025-04-20T12:40:00.000Z',
    });
    expect(await a.feeds.removeScope('global')).toBe(1);
  });

  it('keeps Keyv state in the same database by default, shared by every process', async () => {
    const a = await first();
    const b = await another(a);
    await (await a.keyv('settings')).set('digest:42', { channel: '7', time: '08:00' });
    expect(await (await b.keyv('settings')).get('digest:42')).toEqual({ channel: '7', time: '08:00' });
    expect(await (await b.keyv('answers')).get('digest:42')).toBeUndefined();
    expect((await a.keyvBackend()).kind).toBe('postgres');
  });
});
