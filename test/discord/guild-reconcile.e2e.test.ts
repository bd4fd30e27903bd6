import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/discord/bot.js';
import { loadCommands } from '../../src/discord/loader.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';
import { draftOf, GLOBAL_FIXTURES, PRIVATE_FIXTURE } from './fixtures.js';

// A server that removed the bot while it was offline: the fake Discord never lists it.
const GONE = '734000000000000001';
const START = '2026-11-22T12:00:00.000Z';
const DAY = 86_400_000;

let fake: FakeDiscord;
let app: TestApp;
let lines: Array<{ msg: string; guildId?: string }>;

beforeEach(async () => {
  const commands = await loadCommands();
  fake = await startFakeDiscord({
    commands: [...commands.values()].map((c) => c.data.toJSON()),
    guilds: ['Newsroom A'],
  });
  lines = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString('utf8').split('\n')) if (l) lines.push(JSON.parse(l));
      cb();
    },
  });
  app = await openTestApp({
    env: { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl },
    now: START,
    log: pino({ level: 'info' }, sink),
  });
  await app.store.save(draftOf(GLOBAL_FIXTURES[0]!), { scope: 'global', now: START });
  await app.store.save(draftOf(PRIVATE_FIXTURE), { scope: GONE, now: START });
  await app.store.save(draftOf(GLOBAL_FIXTURES[1]!), { scope: fake.guild('Newsroom A').id, now: START });
  const settings = await app.keyv('settings');
  await settings.set(`digest:${GONE}`, { timezone: 'Europe/Oslo' });
});
afterEach(async () => {
  await fake.close();
  await app.cleanup();
});

/** Starts the bot as at start-up (log in, wait for ready), then stops it. */
async function startAndStop(): Promise<void> {
  const bot = await createBot({ app });
  await bot.login(fake.token);
  await bot.stop({ graceMs: 100 });
}

async function gonesData() {
  const settings = await app.keyv('settings');
  return {
    articles: (await app.store.guildScopes()).includes(GONE),
    digest: (await settings.get(`digest:${GONE}`)) !== undefined,
  };
}

describe('servers removed while the bot was offline', () => {
  it('keeps their data within the grace period and purges it once the period has passed', async () => {
    await startAndStop();
    expect(await gonesData()).toEqual({ articles: true, digest: true });
    expect(lines.filter((l) => l.guildId === GONE).map((l) => l.msg)).toEqual([
      'a server with data is no longer among the bot’s servers: kept for the grace period',
    ]);

    app.clock.set(new Date(Date.parse(START) + 7 * DAY - 60_000).toISOString());
    await startAndStop();
    expect(await gonesData()).toEqual({ articles: true, digest: true });

    app.clock.set(new Date(Date.parse(START) + 7 * DAY).toISOString());
    await startAndStop();
    expect(await gonesData()).toEqual({ articles: false, digest: false });
    expect(lines.filter((l) => l.guildId === GONE).map((l) => l.msg)).toContain(
      'purged a server the bot was removed from while offline',
    );
    // The servers the bot is still in keep everything.
    expect(await app.store.guildScopes()).toEqual([fake.guild('Newsroom A').id]);
    expect(await app.store.stats({ guild: fake.guild('Newsroom A').id })).toMatchObject({ articles: 2 });
  });

  it('measures the grace period from when the server was first found missing, and forgets that on return', async () => {
    await startAndStop();
    app.clock.set(new Date(Date.parse(START) + 3 * DAY).toISOString());
    // Re-invited while offline: present at the next start.
    const back = fake.addGuild('Newsroom B');
    fake.guilds.delete(back.id);
    fake.guilds.set(GONE, { ...back, id: GONE });
    await startAndStop();
    const settings = await app.keyv('settings');
    expect(await settings.get(`missing-since:${GONE}`)).toBeUndefined();
    // Removed again: a fresh grace period starts, so 7 days after the first sighting it is still kept.
    fake.guilds.delete(GONE);
    await startAndStop();
    app.clock.set(new Date(Date.parse(START) + 8 * DAY).toISOString());
    await startAndStop();
    expect(await gonesData()).toEqual({ articles: true, digest: true });
  });
});
