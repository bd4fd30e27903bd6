import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/app.js';
import { reconcileGuilds } from '../../src/discord/guild-reconcile.js';
import { openPostgresTestApp } from '../helpers/open-postgres-test-app.js';
import { openTestApp } from '../helpers/open-test-app.js';
import { postgresAvailable } from '../helpers/postgres.js';

const START = '2026-11-22T12:00:00.000Z';
const DAY = 86_400_000;
// Servers whose only data is one kind of record, and one the bot is still in.
const FEEDS_ONLY = '734000000000000011';
const LEDGER_ONLY = '734000000000000012';
const PRESENT = '734000000000000013';

type ClockedApp = App & { clock: { set(to: string): void }; cleanup(): Promise<void> };
const opened: ClockedApp[] = [];
afterEach(async () => {
  for (const a of opened.splice(0)) await a.cleanup();
});

async function seed(app: App): Promise<void> {
  for (const scope of [FEEDS_ONLY, PRESENT])
    await app.feeds.add({ scope, url: `https://feeds.example.test/${scope}.xml`, by: null, at: START });
  await app.ledger.claim({ guildId: LEDGER_ONLY, date: '2026-11-21', by: 'earlier', at: START });
  await app.ledger.finish({
    guildId: LEDGER_ONLY,
    date: '2026-11-21',
    status: 'posted',
    at: START,
    messageIds: ['1'],
  });
}

async function remaining(app: App) {
  return {
    feeds: await app.feeds.guildScopes(),
    ledger: await app.ledger.guilds(),
  };
}

const backends: Array<[string, boolean, () => Promise<ClockedApp>]> = [
  ['SQLite', true, () => openTestApp({ now: START })],
  ['Postgres', postgresAvailable, () => openPostgresTestApp({ now: START })],
];

describe.each(backends)(
  'servers removed while offline, with only feeds or digest records (%s)',
  (_, available, open) => {
    it.skipIf(!available)('are found, kept within the grace period and purged after it', async () => {
      const app = await open();
      opened.push(app);
      await seed(app);
      const settings = await app.keyv('settings');
      const present = new Set([PRESENT]);

      expect(await reconcileGuilds(app, settings, present)).toEqual({
        kept: [FEEDS_ONLY, LEDGER_ONLY],
        purged: [],
      });
      expect(await remaining(app)).toEqual({ feeds: [FEEDS_ONLY, PRESENT], ledger: [LEDGER_ONLY] });

      app.clock.set(new Date(Date.parse(START) + 7 * DAY).toISOString());
      expect(await reconcileGuilds(app, settings, present)).toEqual({
        kept: [],
        purged: [FEEDS_ONLY, LEDGER_ONLY],
      });
      // The server the bot is still in keeps its feed.
      expect(await remaining(app)).toEqual({ feeds: [PRESENT], ledger: [] });
    });
  },
);
