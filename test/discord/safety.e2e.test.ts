import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../helpers/fake-discord/index.js';
import { logEvents } from '../helpers/log-events.js';
import { draftOf, PRIVATE_FIXTURE } from './fixtures.js';
import { NOW, startHarness, type Harness } from './harness.js';
import { embedText } from './limits.js';

const ADMIN = PERMISSIONS.member | PERMISSIONS.manageGuild;

describe('a shared server: scope, permissions, autocomplete, guild removal', () => {
  let h: Harness;
  const events = logEvents();
  let privateId: string;
  let globalId: string;
  beforeAll(async () => {
    h = await startHarness({ log: events.log });
    privateId = (await h.store.save(draftOf(PRIVATE_FIXTURE), { scope: h.guildA.id, now: NOW })).id;
    globalId = (await h.store.search({ text: 'harbour bridge budget', limit: 1 }))[0]!.article.id;
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("never shows another server's articles in answers, search or /article show", async () => {
    const user = h.fake.user('b-reporter');
    const summary = await h.outcome(
      h.fake.slash({
        command: 'summarize',
        options: { query: 'satellite shipment rajin' },
        user,
        guild: h.guildB,
      }),
    );
    expect(JSON.stringify(summary)).not.toContain('Private Desk');
    expect(JSON.stringify(summary)).not.toContain('Rajin');
    const search = h.fake.slash({
      command: 'search',
      options: { query: 'satellite shipment' },
      user,
      guild: h.guildB,
    });
    const found = await h.answer(search);
    expect(embedText(found.embeds)).not.toContain('Private Desk');
    const show = await h.ephemeral(
      h.fake.slash({
        command: 'article',
        subcommand: 'show',
        options: { article: privateId },
        user,
        guild: h.guildB,
      }),
    );
    expect(show).toBe(`No stored article "${privateId}" is visible in this server.`);
    const own = h.fake.slash({
      command: 'search',
      options: { query: 'satellite shipment' },
      user,
      guild: h.guildA,
    });
    expect(embedText((await h.answer(own)).embeds)).toContain('Private Desk');
  });

  it('refuses /ingest to a member without Manage Server, checked on the server side', async () => {
    const r = h.fake.slash({
      command: 'ingest',
      options: { url: 'https://example.test/a' },
      user: h.fake.user('member'),
      guild: h.guildA,
    });
    expect(await h.ephemeral(r)).toBe('You need the Manage Server permission for /ingest.');
    expect(r.callback!.type).toBe(4);
  });

  it('lets only Manage Server remove an article, and only this server’s own', async () => {
    const member = await h.ephemeral(
      h.fake.slash({
        command: 'article',
        subcommand: 'remove',
        options: { article: privateId },
        user: h.fake.user('m'),
        guild: h.guildA,
      }),
    );
    expect(member).toBe('You need the Manage Server permission for this.');
    const global = await h.ephemeral(
      h.fake.slash({
        command: 'article',
        subcommand: 'remove',
        options: { article: globalId },
        user: h.fake.user('a'),
        guild: h.guildA,
        permissions: ADMIN,
      }),
    );
    expect(global).toBe(
      'That article is shared by every server; only articles this server added can be removed here.',
    );
    const other = await h.ephemeral(
      h.fake.slash({
        command: 'article',
        subcommand: 'remove',
        options: { article: privateId },
        user: h.fake.user('a'),
        guild: h.guildB,
        permissions: ADMIN,
      }),
    );
    expect(other).toBe(`No stored article "${privateId}" is visible in this server.`);
    expect(await h.store.get(privateId, { guild: h.guildA.id })).not.toBeNull();
    expect(await h.store.get(globalId)).not.toBeNull();
  });

  it('adds articles from an attachment to this server only with /ingest', async () => {
    const file = h.fake.attach(
      'tip.txt',
      'Ferry fares to rise in spring\n\nThe ferry company said on Tuesday that fares to the islands would rise by ten percent in the spring.\n',
      'text/plain',
    );
    const admin = h.fake.user('editor');
    const r = h.fake.slash({
      command: 'ingest',
      options: { attachment: file },
      user: admin,
      guild: h.guildB,
      permissions: ADMIN,
    });
    const done = await h.fake.state.waitFor(() =>
      r.original?.content.startsWith('Added') ? r.original.content : undefined,
    );
    expect(done).toBe('Added 1 article for this server');
    expect(r.callback!.data.flags).toBe(64);
    const inB = await h.store.search({ text: 'ferry fares', guild: h.guildB.id });
    const inA = await h.store.search({ text: 'ferry fares', guild: h.guildA.id });
    expect(inB.map((x) => x.article.scope)).toEqual([h.guildB.id]);
    expect(inA).toEqual([]);
  });

  it('refuses anything but a web address in /ingest', async () => {
    const r = h.fake.slash({
      command: 'ingest',
      options: { url: '/etc/passwd' },
      user: h.fake.user('a'),
      guild: h.guildB,
      permissions: ADMIN,
    });
    expect(await h.ephemeral(r)).toBe('That is not a web address: give a full https:// URL.');
    const f = h.fake.slash({
      command: 'ingest',
      options: { url: 'file:///etc/passwd' },
      user: h.fake.user('a'),
      guild: h.guildB,
      permissions: ADMIN,
    });
    expect(await h.ephemeral(f)).toBe('Only http and https addresses can be added.');
  });

  it('autocompletes outlets, articles and speakers within Discord limits and this server’s scope', async () => {
    const user = h.fake.user('typist');
    const outlets = await h.callback(
      h.fake.autocomplete({
        command: 'summarize',
        options: { query: 'x', outlet: 'har' },
        focused: 'outlet',
        user,
        guild: h.guildB,
      }),
    );
    expect(outlets.type).toBe(8);
    expect(outlets.data.choices).toEqual([{ name: 'Harbor Wire', value: 'Harbor Wire' }]);
    const articles = await h.callback(
      h.fake.autocomplete({
        command: 'whosaid',
        options: { query: 'x', article: 'shipment' },
        focused: 'article',
        user,
        guild: h.guildB,
      }),
    );
    expect(articles.data.choices.map((c: { name: string }) => c.name).join('\n')).not.toContain(
      'Private Desk',
    );
    const mine = await h.callback(
      h.fake.autocomplete({
        command: 'whosaid',
        options: { query: 'x', article: 'shipment' },
        focused: 'article',
        user,
        guild: h.guildA,
      }),
    );
    expect(mine.data.choices[0]).toEqual({
      name: 'Exclusive: North Korea shipment tracked by satellite — Private Desk, 2023-09-06',
      value: privateId,
    });
    const speakers = await h.callback(
      h.fake.autocomplete({
        command: 'whosaid',
        options: { query: 'x', speaker: 'vel' },
        focused: 'speaker',
        user,
        guild: h.guildB,
      }),
    );
    expect(speakers.data.choices).toEqual([{ name: 'Marta Velez', value: 'Marta Velez' }]);
    for (const cb of [outlets, articles, mine, speakers]) {
      expect(cb.data.choices.length).toBeLessThanOrEqual(25);
      for (const c of cb.data.choices) expect(c.name.length).toBeLessThanOrEqual(100);
    }
  });

  it('answers an unreadable date with a clear ephemeral error before deferring', async () => {
    const r = h.fake.slash({
      command: 'summarize',
      options: { query: 'korea', since: 'whenever convenient' },
      user: h.fake.user('d'),
      guild: h.guildB,
    });
    expect(await h.ephemeral(r)).toBe(
      'since: could not read "whenever convenient" as a date (use YYYY-MM-DD or a phrase like "last week")',
    );
    expect(r.callback!.type).toBe(4);
  });

  it('answers a command missing an option Discord requires with the generic line, naming the option in the log only', async () => {
    // Discord itself refuses such a command; only a broken or forged request can carry it.
    const r = h.fake.slash({ command: 'summarize', options: {}, user: h.fake.user('e'), guild: h.guildB });
    const failed = events.loggedWhere(
      (l) => l.msg === 'interaction failed' && (l.interactionId as string) === r.id,
    );
    expect(await h.ephemeral(r)).toMatch(/^Something went wrong on our side, sorry\./);
    expect(JSON.stringify((await failed).err)).toContain('required option query is missing');
  });

  it('deletes a server’s articles and settings when the bot is removed from it', async () => {
    await h.settings.set(`digest:${h.guildA.id}`, { timezone: 'Europe/Oslo', channel: '1' });
    await h.settings.set(`digest:${h.guildB.id}`, { timezone: 'Europe/Paris', channel: '2' });
    h.fake.removeGuild(h.guildA.id);
    // The bot logs when it has deleted the server's data (or could not).
    await events.logged('left a server', 'could not delete a removed server');
    expect(await h.store.get(privateId, { guild: h.guildA.id })).toBeNull();
    expect(await h.settings.get(`digest:${h.guildA.id}`)).toBeUndefined();
    expect(await h.settings.get(`digest:${h.guildB.id}`)).toEqual({ timezone: 'Europe/Paris', channel: '2' });
    expect(await h.store.get(globalId)).not.toBeNull();
  });
});
