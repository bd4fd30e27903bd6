import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../helpers/fake-discord/index.js';
import type { TestHttpServer } from '../helpers/http-server.js';
import { startHarness, type Harness } from '../discord/harness.js';
import { conditionalFeed, newsServer, rss } from './feed-server.js';

const ADMIN = PERMISSIONS.member | PERMISSIONS.manageGuild;

describe('/feeds in a server', () => {
  let h: Harness;
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await newsServer();
    server.route(
      '/rss.xml',
      conditionalFeed({
        etag: '"1"',
        hits: [],
        body: rss('Wend Valley Times', [
          { title: 'Inquiry', link: `${server.origin}/articles/fx-bridge-3.html`, guid: 'w1' },
        ]),
      }),
    );
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.dispose();
    await server?.close();
  });

  it('refuses members without Manage Server', async () => {
    const r = h.fake.slash({ command: 'feeds', subcommand: 'list', user: h.fake.user('m'), guild: h.guildA });
    expect(await h.ephemeral(r)).toBe('You need the Manage Server permission for /feeds.');
  });

  it('adds a feed into this server’s articles only, lists its health, and removes it', async () => {
    const admin = h.fake.user('admin');
    const add = h.fake.slash({
      command: 'feeds',
      subcommand: 'add',
      options: { url: `${server.origin}/rss.xml` },
      user: admin,
      guild: h.guildA,
      permissions: ADMIN,
    });
    expect(await h.ephemeral(add)).toBe(
      '“Wend Valley Times” added: 1 items, 1 new articles for this server. It is read every 30 minutes.',
    );
    expect((await h.store.search({ text: 'Tollmarsh inquiry', guild: h.guildA.id })).length).toBe(1);
    expect((await h.store.search({ text: 'Tollmarsh inquiry', guild: h.guildB.id })).length).toBe(0);

    const list = await h.ephemeral(
      h.fake.slash({
        command: 'feeds',
        subcommand: 'list',
        user: admin,
        guild: h.guildA,
        permissions: ADMIN,
      }),
    );
    expect(list).toMatch(
      /^🟢 \*\*Wend Valley Times\*\* `fd-[0-9a-f]{10}`\n<http:\/\/127\.0\.0\.1:\d+\/rss\.xml>\nlast success just now · 1 item · 1 added · next poll in 30 min$/,
    );
    expect(
      await h.ephemeral(
        h.fake.slash({
          command: 'feeds',
          subcommand: 'list',
          user: admin,
          guild: h.guildB,
          permissions: ADMIN,
        }),
      ),
    ).toBe('No feeds here yet: add one with /feeds add.');

    const ac = h.fake.autocomplete({
      command: 'feeds',
      subcommand: 'remove',
      options: { feed: 'wend' },
      focused: 'feed',
      user: admin,
      guild: h.guildA,
      permissions: ADMIN,
    });
    const choices = (await h.callback(ac)).data.choices as Array<{ name: string; value: string }>;
    expect(choices).toHaveLength(1);
    const remove = h.fake.slash({
      command: 'feeds',
      subcommand: 'remove',
      options: { feed: choices[0]!.value },
      user: admin,
      guild: h.guildA,
      permissions: ADMIN,
    });
    expect(await h.ephemeral(remove)).toBe('Removed Wend Valley Times. Its articles stay.');
  });

  it('reports a page that is not a feed without adding it', async () => {
    const r = h.fake.slash({
      command: 'feeds',
      subcommand: 'add',
      options: { url: `${server.origin}/articles/fx-flood.html` },
      user: h.fake.user('a'),
      guild: h.guildB,
      permissions: ADMIN,
    });
    expect(await h.ephemeral(r)).toBe('Could not add the feed: not an RSS or Atom feed.');
  });
});
