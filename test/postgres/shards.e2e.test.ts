import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader.js';
import { shardOf, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.js';
import { createTestSchema, postgresAvailable, type TestSchema } from '../helpers/postgres.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe.skipIf(!postgresAvailable)('the bot run as shards (DISCORD_SHARDS=auto)', () => {
  let fake: FakeDiscord;
  let schema: TestSchema;
  let log = '';
  let exited: Promise<number | null>;
  let stop: () => void;

  beforeAll(async () => {
    fake = await startFakeDiscord({
      commands: [...(await loadCommands()).values()].map((c) => c.data.toJSON()),
      guilds: ['Desk'],
      recommendedShards: 2,
    });
    // Servers on both shards, as Discord routes them.
    for (let i = 0; new Set([...fake.guilds.keys()].map((id) => shardOf(id, 2))).size < 2; i++)
      fake.addGuild(`Desk ${i}`);
    schema = await createTestSchema();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOG_LEVEL: 'info',
        DISCORD_TOKEN: fake.token,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_SHARDS: 'auto',
        DATABASE_URL: schema.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    stop = () => child.kill('SIGTERM');
  }, 60_000);

  afterAll(async () => {
    stop?.();
    await exited;
    await schema?.drop();
    await fake?.close();
  }, 60_000);

  it('starts one process per shard, each answering the commands of its own servers', async () => {
    const sessions = await fake.sessions(2);
    expect(sessions.map((s) => s.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const guild of fake.guilds.values()) {
      const r = fake.slash({ command: 'newsroom', subcommand: 'help', user: fake.user('editor'), guild });
      const cb = await fake.state.waitFor(() => r.callback, 60_000, `help in ${guild.name}`);
      expect(cb.data.flags).toBe(64);
      expect(sessions[r.session!]!.shard[0]).toBe(shardOf(guild.id, 2));
    }
  }, 120_000);

  it('stops every shard on SIGTERM and exits 0', async () => {
    stop();
    expect(await exited).toBe(0);
    expect(log).toContain('"shard started"');
    expect(log).not.toMatch(/at .*\.ts:\d+/);
  }, 60_000);
});
