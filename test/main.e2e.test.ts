import { describe, it, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeDiscord, type FakeDiscord } from './helpers/fake-discord/index.js';
import { scaled } from './helpers/time-scale.js';
import { loadCommands } from '../src/discord/loader.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `npm start`'s entry point, run as a real process under tsx (the built one runs the same code). */
function startMain(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

// Three cold processes, independent of one another: started together, they share the cores.
describe.concurrent('npm start', () => {
  let dir: string;
  let fake: FakeDiscord;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsroom-main-'));
    fake = await startFakeDiscord({
      commands: [...(await loadCommands()).values()].map((c) => c.data.toJSON()),
      guilds: ['Desk'],
    });
  });
  afterAll(async () => {
    await fake?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'runs the bot when DISCORD_TOKEN is set, answers a command, and stops cleanly on SIGTERM',
    async ({ expect }) => {
      const child = startMain({
        DISCORD_TOKEN: fake.token,
        DISCORD_API_URL: fake.apiUrl,
        NEWSROOM_DB: join(dir, 'bot.db'),
      });
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      const done = exited(child);
      try {
        const { intents } = await fake.identified();
        expect(intents).toBe(1); // Guilds only
        const r = fake.slash({
          command: 'newsroom',
          subcommand: 'help',
          user: fake.user('editor'),
          guild: fake.guild('Desk'),
        });
        const cb = await fake.state.waitFor(() => r.callback);
        expect(cb.data.flags).toBe(64);
      } finally {
        child.kill('SIGTERM');
      }
      expect(await done).toBe(0);
      expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    },
    scaled(60_000),
  );

  it(
    'opens the console without a token and stops at the end of piped input',
    async ({ expect }) => {
      const child = startMain({ NEWSROOM_DB: join(dir, 'console.db') });
      let stdout = '';
      child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
      const done = exited(child);
      child.stdin!.end('/search query:harbor bridge limit:1\n');
      expect(await done).toBe(0);
      expect(stdout).toContain('Harbor Bridge');
    },
    scaled(60_000),
  );

  it(
    'exits 1 with one line naming a bad variable',
    async ({ expect }) => {
      const child = startMain({ DISCORD_API_URL: 'not a url' });
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      expect(await exited(child)).toBe(1);
      expect(stderr.trim()).toMatch(/^Invalid configuration: DISCORD_API_URL/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    },
    scaled(60_000),
  );
});
