import type { Client } from 'discord.js';
import type Keyv from 'keyv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackgroundJobs } from '../../src/discord/background-jobs.js';
import { forgetGuild } from '../../src/discord/guild-removal.js';
import { digestGuilds } from '../../src/digest/settings.js';
import { logEvents } from '../helpers/log-events.js';
import { tempStore } from '../stories/helpers.js';
import { CHANNEL, GUILD, saveDay, saveDigestSettings, settingsOf } from './harness.js';

let t: Awaited<ReturnType<typeof tempStore>>;
let settings: Keyv;

beforeEach(async () => {
  t = await tempStore('2026-03-29T06:00:30Z');
  settings = await t.keyv('settings');
  await saveDay(t.store, '2026-03-28', ['fx-bridge-1', 'fx-bridge-2']);
  await saveDigestSettings(settings, GUILD, settingsOf());
});
afterEach(async () => {
  await t.cleanup();
});

describe('the bot’s background jobs', () => {
  it('checks at once on start: a due digest is posted through the client, mentions off', async () => {
    const sent: Array<{ channel: string; body: { allowedMentions: unknown } }> = [];
    const client = {
      guilds: { cache: new Map([[GUILD, {}]]) },
      channels: {
        fetch: async (id: string) => ({
          isSendable: () => true,
          send: async (body: { allowedMentions: unknown }) => (
            sent.push({ channel: id, body }),
            { id: 'posted-1' }
          ),
        }),
      },
    } as unknown as Client;
    const events = logEvents();
    const jobs = await startBackgroundJobs({ ...t, log: events.log }, { client, settings });
    try {
      // The scheduler logs once the digest is posted (or failed) and recorded in the ledger.
      await events.logged('digest posted for', 'digest post failed');
      expect(await t.ledger.get(GUILD, '2026-03-28')).toMatchObject({
        status: 'posted',
        messageIds: ['posted-1'],
      });
      expect(sent).toHaveLength(1);
      expect(sent[0]!.channel).toBe(CHANNEL);
      expect(sent[0]!.body.allowedMentions).toEqual({ parse: [] });
    } finally {
      jobs.stop();
    }
  });

  it('forgets a server’s digest records, settings entry, feeds and posted answers when the bot leaves it', async () => {
    await t.postedAnswers.track({
      key: 'leftserver',
      guildId: GUILD,
      channelId: CHANNEL,
      messageId: '7',
      interactionId: null,
      userId: '8',
      answer: { kind: 'summary', query: 'q', engine: 'extractive', items: [], sources: [], warnings: [] },
      read: null,
      postedAt: '2026-03-29T06:00:00Z',
    });
    await t.ledger.claim({
      guildId: GUILD,
      date: '2026-03-28',
      by: 'x',
      at: '2026-03-29T06:00:00Z',
    });
    await t.feeds.add({
      scope: GUILD,
      url: 'https://feeds.example/a.xml',
      by: null,
      at: '2026-03-29T06:00:00Z',
    });
    await forgetGuild(t, settings, GUILD);
    expect(await t.ledger.get(GUILD, '2026-03-28')).toBeNull();
    expect(await t.feeds.list(GUILD)).toEqual([]);
    expect(await digestGuilds(settings)).toEqual([]);
    expect(await t.postedAnswers.get('leftserver')).toBeNull();
  });
});
