import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app/app.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { loadCommands } from '../../src/discord/loader.js';
import { createLogger } from '../../src/log.js';
import { cli, tempDb } from '../helpers/cli.js';
import { startFakeAnthropic, type FakeAnthropic } from '../helpers/fake-anthropic.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.js';

let discord: FakeDiscord;
let anthropic: FakeAnthropic;
let definitions: Array<{ name: string }>;
let tmp: ReturnType<typeof tempDb>;

beforeAll(async () => {
  definitions = [...(await loadCommands()).values()].map((c) => c.data.toJSON());
  discord = await startFakeDiscord({ commands: definitions as never, guilds: ['Desk'] });
  anthropic = await startFakeAnthropic();
});
afterAll(async () => {
  await discord?.close();
  await anthropic?.close();
});
afterEach(() => {
  tmp?.cleanup();
  anthropic.failCountTokens(null);
});

function envFor(db: string, extra: Record<string, string> = {}) {
  return {
    NEWSROOM_DB: db,
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    ANTHROPIC_API_KEY: 'sk-ant-doctor-test',
    ANTHROPIC_BASE_URL: anthropic.url,
    ...extra,
  };
}

type Check = { name: string; status: string; detail: string; fix?: string };
const statuses = (checks: Check[]) => checks.map((c) => `${c.name}: ${c.status}`);

async function withDatabase(): Promise<string> {
  tmp = tempDb();
  const app = await openApp({
    config: loadConfig({ NEWSROOM_DB: tmp.db }),
    log: createLogger('silent'),
    clock: fixedClock('2026-11-22T12:00:00Z'),
  });
  await app.close();
  return tmp.db;
}

describe('newsroom doctor', () => {
  it('reports a healthy setup as fine, exit 0', async () => {
    discord.state.commands.set('global', definitions);
    const db = await withDatabase();
    const r = await cli(['doctor', '--json'], { env: envFor(db) });
    expect(r.code).toBe(0);
    const out = r.json<{ ok: boolean; checks: Check[] }>();
    expect(out.ok).toBe(true);
    expect(statuses(out.checks)).toEqual([
      'configuration: ok',
      'configuration: ok',
      'database integrity: ok',
      'database migrations: ok',
      'database size: ok',
      'feeds: ok',
      'discord token: ok',
      'discord commands: ok',
      'anthropic: ok',
    ]);
    expect(out.checks.find((c) => c.name === 'discord token')!.detail).toBe('logs in as Newsroom Bot');
    expect(anthropic.requests.at(-1)!.path).toBe('/v1/messages/count_tokens');
  });

  it('names command drift, a refused key and a failing feed, each with its fix, exit 2', async () => {
    const db = await withDatabase();
    const app = await openApp({
      config: loadConfig({ NEWSROOM_DB: db }),
      log: createLogger('silent'),
      clock: fixedClock('2026-11-22T12:00:00Z'),
    });
    const feed = (await app.feeds.add({
      scope: 'global',
      url: 'https://gone.test/rss',
      by: null,
      at: '2026-11-20T00:00:00Z',
    }))!;
    for (let i = 0; i < 3; i++)
      await app.feeds.record(feed.id, {
        ok: false,
        at: '2026-11-21T00:00:00Z',
        nextPollAt: '2026-11-22T00:00:00Z',
        error: 'HTTP 404',
      });
    await app.close();
    const [first, ...rest] = definitions;
    discord.state.commands.set('global', [...rest, { name: 'oldcommand', description: 'gone', options: [] }]);
    anthropic.failCountTokens(401);
    const r = await cli(['doctor', '--json'], { env: envFor(db) });
    expect(r.code).toBe(2);
    const checks = r.json<{ ok: boolean; checks: Check[] }>().checks;
    expect(checks.find((c) => c.name === 'discord commands')).toEqual({
      name: 'discord commands',
      status: 'fail',
      detail: `registered globally differ from commands/: /${first!.name} is not registered; /oldcommand is registered but no longer exists`,
      fix: 'Run `npm run deploy-commands -- --global` to register the current set.',
    });
    expect(checks.find((c) => c.name === 'anthropic')).toMatchObject({
      status: 'fail',
      detail: 'the API key was refused',
    });
    expect(checks.find((c) => c.name === 'feed')).toMatchObject({
      status: 'warn',
      detail: 'https://gone.test/rss (global) failed 3 times in a row; last: HTTP 404',
    });
  });

  it('reports a damaged database and a refused token in plain text with fixes', async () => {
    tmp = tempDb();
    writeFileSync(tmp.db, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]));
    const r = await cli(['doctor'], { env: envFor(tmp.db, { DISCORD_TOKEN: 'not-the-token' }) });
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`FAIL database: ${tmp.db} cannot be read: file is not a database`);
    expect(lines).toContain('skip feeds: the database cannot be used');
    expect(lines).toContain('FAIL discord token: Discord refused the token');
    expect(lines).toContain(
      '    fix: Reset the token in the Developer Portal (your application → Bot) and set DISCORD_TOKEN to it.',
    );
    expect(lines.at(-2)).toBe('2 problem(s) found.');
  });
});
