import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader.js';
import { startFakeAnthropic, type FakeAnthropic } from '../helpers/fake-anthropic.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Recognisable fake secrets: none of them may appear in anything the program writes or sends.
const API_KEY = 'SECRETSCAN-anthropic-test-key-not-real-7f3a';
const CLI_TOKEN = 'MTE5.SECRETSCAN.discord-token-9c1e';
const DB_PASSWORD = 'SECRETSCAN-db-password-44b2';

let dir: string;
let anthropic: FakeAnthropic;
let discord: FakeDiscord;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsroom-secrets-'));
  writeFileSync(
    join(dir, 'ferry.txt'),
    'Tollmarsh ferry board votes on lantern repairs\n\nThe Tollmarsh ferry board voted on Tuesday to repair the lanterns on pier four, the chair, Odile Brand, said.\n',
  );
  anthropic = await startFakeAnthropic();
  discord = await startFakeDiscord({
    commands: [...(await loadCommands()).values()].map((c) => c.data.toJSON()),
    guilds: ['Desk'],
  });
});
afterAll(async () => {
  await discord?.close();
  await anthropic?.close();
  rmSync(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LOG_LEVEL: 'debug',
    NEWSROOM_DB: join(dir, 'newsroom.db'),
    ANTHROPIC_API_KEY: API_KEY,
    ANTHROPIC_BASE_URL: anthropic.url,
    ANTHROPIC_MAX_RETRIES: '0',
    ...extra,
  };
}

/** Runs `newsroom …` as a real process (asynchronously: the fakes live in this process). */
function run(args: string[], extra: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    cwd: root,
    env: env({ DISCORD_TOKEN: CLI_TOKEN, ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.once('close', () => resolve(output)));
}

function expectNoSecret(output: string, secrets: string[]): void {
  for (const s of secrets) {
    expect(output).not.toContain(s);
    // Nor a recognisable piece of it.
    expect(output).not.toContain(s.slice(-12));
  }
}

describe('no secret in any output', () => {
  it('keeps the API key, the bot token and a database password out of every command-line output', async () => {
    const outputs: string[] = [];
    outputs.push(await run(['ingest', join(dir, 'ferry.txt'), '--json']));
    outputs.push(await run(['search', 'ferry lanterns', '--json']));
    anthropic.failNext(401, 1);
    outputs.push(await run(['summarize', 'ferry lanterns', '--json']));
    anthropic.failNext(500, 1);
    outputs.push(await run(['summarize', 'ferry lanterns']));
    outputs.push(await run(['stats']));
    outputs.push(
      await run(['stats', '--json'], { KEYV_URL: `postgres://newsroom:${DB_PASSWORD}@127.0.0.1:9/newsroom` }),
    );
    outputs.push(await run(['show', 'no-such-article', '--json']));
    outputs.push(await run(['stats'], { LOG_LEVEL: 'loud', ANTHROPIC_API_KEY: API_KEY }));
    // The runs did real work (so the scan covers real output).
    expect(outputs[0]).toMatch(/"added"/);
    expect(outputs[2]).toMatch(/offline engine/);
    expectNoSecret(outputs.join('\n'), [API_KEY, CLI_TOKEN, DB_PASSWORD]);
  }, 120_000);

  it('keeps them out of the bot’s logs and everything it sends to Discord', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: env({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    try {
      await discord.identified();
      anthropic.failNext(401, 1);
      const desk = discord.guild('Desk');
      const r = discord.slash({
        command: 'summarize',
        options: { query: 'ferry lanterns' },
        user: discord.user('editor'),
        guild: desk,
      });
      await discord.state.waitFor(
        () => (r.original?.embeds.length || r.followups.length ? true : undefined),
        30_000,
      );
      const failing = discord.slash({
        command: 'summarize',
        options: { query: 'ferry lanterns' },
        user: discord.user('editor2'),
        guild: desk,
      });
      discord.expireToken(failing);
      await discord.state.waitFor(() => (failing.callback ? true : undefined), 30_000);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    const sent = JSON.stringify(discord.state.requests.map((q) => ({ path: q.path, body: q.body })));
    expect(output).toMatch(/bot ready/);
    expectNoSecret(output + sent, [API_KEY, discord.token]);
  }, 120_000);
});
