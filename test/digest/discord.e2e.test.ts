import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../helpers/fake-discord/index.js';
import { startHarness, type Harness } from '../discord/harness.js';
import { draftOf } from '../discord/fixtures.js';
import { getDigestSettings } from '../../src/digest/settings.js';

const ADMIN = PERMISSIONS.member | PERMISSIONS.manageGuild;

describe('/digest in a server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // Two outlets covering one event today (2026-11-22), so the preview has a story.
    const paragraphs = (who: string) => [
      `The Port Alden ferry terminal reopened on Sunday after a week of repairs to its floating pier, ${who} reported.`,
      'Harbour master Ines Brack said the first crossing left at 7 a.m. with about 200 passengers on board.',
      '"We are glad to be running again," Brack said, adding that extra sailings would run in the evening.',
    ];
    await h.store.save(
      draftOf({
        title: 'Port Alden ferry terminal reopens after pier repairs',
        outlet: 'Alden Courier',
        url: 'https://alden.test/ferry',
        publishedAt: '2026-11-22',
        paragraphs: paragraphs('the Courier'),
      }),
      { scope: 'global' },
    );
    await h.store.save(
      draftOf({
        title: 'Ferries sail again from Port Alden',
        outlet: 'Harbor Ledger',
        url: 'https://ledger.test/ferry',
        publishedAt: '2026-11-22',
        paragraphs: paragraphs('the Ledger'),
      }),
      { scope: 'global' },
    );
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('refuses members without Manage Server', async () => {
    const r = h.fake.slash({
      command: 'digest',
      subcommand: 'show',
      user: h.fake.user('member'),
      guild: h.guildA,
    });
    expect(await h.ephemeral(r)).toBe('You need the Manage Server permission for /digest.');
  });

  it('sets the digest, checks the time and zone, and shows the next posting', async () => {
    const admin = h.fake.user('admin');
    const bad = h.fake.slash({
      command: 'digest',
      subcommand: 'set',
      options: { channel: h.guildA.channelId, time: '25:00', timezone: 'Europe/Berlin' },
      user: admin,
      guild: h.guildA,
      permissions: ADMIN,
    });
    expect(await h.ephemeral(bad)).toMatch(/^"25:00" is not a time of day/);
    const badZone = h.fake.slash({
      command: 'digest',
      subcommand: 'set',
      options: { channel: h.guildA.channelId, time: '08:00', timezone: 'Mars/Base' },
      user: admin,
      guild: h.guildA,
      permissions: ADMIN,
    });
    expect(await h.ephemeral(badZone)).toMatch(/^"Mars\/Base" is not a time zone/);

    const ok = h.fake.slash({
      command: 'digest',
      subcommand: 'set',
      options: { channel: h.guildA.channelId, time: '8:30', timezone: 'europe/berlin', stories: 3 },
      user: admin,
      guild: h.guildA,
      permissions: ADMIN,
    });
    const reply = await h.ephemeral(ok);
    expect(reply).toBe(
      `Daily digest on. Posts in <#${h.guildA.channelId}> every day at 08:30 (Europe/Berlin), up to 3 stories from the day before. Next: <t:1795419000:F>, covering 2026-11-22.`,
    );
    expect(await getDigestSettings(h.settings, h.guildA.id)).toMatchObject({
      channelId: h.guildA.channelId,
      time: '08:30',
      timezone: 'Europe/Berlin',
      stories: 3,
      announceEmpty: false,
      enabled: true,
    });

    const show = await h.ephemeral(
      h.fake.slash({
        command: 'digest',
        subcommand: 'show',
        user: admin,
        guild: h.guildA,
        permissions: ADMIN,
      }),
    );
    expect(show).toMatch(/^Daily digest on\. Posts in/);
  });

  it('previews today’s digest privately, organised by story', async () => {
    const r = h.fake.slash({
      command: 'digest',
      subcommand: 'preview',
      user: h.fake.user('admin'),
      guild: h.guildA,
      permissions: ADMIN,
    });
    const m = await h.answer(r);
    expect(r.callback!.data.flags & 64).toBe(64);
    expect(m.embeds[0].title).toBe('Daily digest — Sunday, 22 November 2026');
    expect(m.embeds[0].description).toMatch(
      /^\*Preview of today so far: only you can see this\.\*\n\n\*\*1\. .*ferry|Ferr/i,
    );
    expect(m.embeds[0].description).toContain('Covered by 2 outlets');
    const last = r.payloads.at(-1)!.body;
    expect(last.allowed_mentions).toEqual({ parse: [] });
  });

  it('turns the digest off, keeping its settings', async () => {
    const admin = h.fake.user('admin');
    expect(
      await h.ephemeral(
        h.fake.slash({
          command: 'digest',
          subcommand: 'off',
          user: admin,
          guild: h.guildA,
          permissions: ADMIN,
        }),
      ),
    ).toMatch(/^Daily digest off/);
    expect((await getDigestSettings(h.settings, h.guildA.id))!.enabled).toBe(false);
    expect(
      await h.ephemeral(
        h.fake.slash({
          command: 'digest',
          subcommand: 'off',
          user: admin,
          guild: h.guildA,
          permissions: ADMIN,
        }),
      ),
    ).toBe('The daily digest is already off here.');
  });

  it('autocompletes time zones', async () => {
    const r = h.fake.autocomplete({
      command: 'digest',
      subcommand: 'set',
      options: { timezone: 'new_y' },
      focused: 'timezone',
      user: h.fake.user('admin'),
      guild: h.guildA,
      permissions: ADMIN,
    });
    const cb = await h.callback(r);
    expect(cb.data.choices).toEqual([{ name: 'America/New_York', value: 'America/New_York' }]);
  });
});
