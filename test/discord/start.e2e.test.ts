import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLookups } from '../../src/discord/lookups.js';
import { loadCommands } from '../../src/discord/loader.js';
import { startBot } from '../../src/discord/start.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.js';
import { draftOf, GLOBAL_FIXTURES } from './fixtures.js';
import { NOW } from './harness.js';

describe('startBot and lookups over a real store', () => {
  let fake: FakeDiscord;
  let ctx: TestApp;
  beforeAll(async () => {
    fake = await startFakeDiscord({
      commands: [...(await loadCommands()).values()].map((c) => c.data.toJSON()),
      guilds: ['Desk'],
    });
    ctx = await openTestApp({ env: { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl }, now: NOW });
    for (const f of GLOBAL_FIXTURES) await ctx.store.save(draftOf(f), { scope: 'global', now: NOW });
  });
  afterAll(async () => {
    await fake?.close();
    await ctx?.cleanup();
  });

  it('logs in with the default engine and answers a command', async () => {
    let ready = false;
    const bot = await startBot(ctx, {
      handleSignals: false,
      backgroundJobs: false,
      onReady: () => void (ready = true),
    });
    try {
      expect(ready).toBe(true);
      expect(bot.ctx.engine.name).toBe('extractive');
      const r = fake.slash({
        command: 'newsroom',
        subcommand: 'help',
        user: fake.user('new'),
        guild: fake.guild('Desk'),
      });
      const cb = await fake.state.waitFor(() => r.callback);
      expect(cb.data.flags).toBe(64);
      expect(cb.data.embeds[0].footer.text).toBe(
        '3 articles from 3 outlets visible here · newest 2023-09-05',
      );
    } finally {
      await bot.stop({ graceMs: 100 });
    }
  });

  it('refreshes the cached speaker names when the store changes', async () => {
    const lookups = createLookups({ store: ctx.store, stories: ctx.stories, log: ctx.log });
    expect(await lookups.speakers(null, 'orti')).toEqual([{ name: 'Lena Ortiz', value: 'Lena Ortiz' }]);
    expect(await lookups.speakers(null, 'Quill')).toEqual([]);
    await ctx.store.save(
      draftOf({
        title: 'Library to extend opening hours',
        outlet: 'Bayside Courier',
        url: 'https://baysidecourier.test/library-hours',
        publishedAt: '2023-09-07',
        paragraphs: [
          'The library will open late.',
          '"Readers asked for evenings, and they will get them," said Hannah Quill, the city librarian.',
        ],
      }),
      { scope: 'global', now: NOW },
    );
    expect(await lookups.speakers(null, 'Quill')).toEqual([{ name: 'Hannah Quill', value: 'Hannah Quill' }]);
  });
});
