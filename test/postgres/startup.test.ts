import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { postgresAvailable, TEST_DATABASE_URL } from '../helpers/postgres.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'hunter2-secret';

/** A URL to the test server with another user, database or port, and a password to keep out of every message. */
function variant(change: { user?: string; database?: string; port?: string; host?: string }): string {
  const u = new URL(TEST_DATABASE_URL);
  u.username = change.user ?? u.username;
  u.password = SECRET;
  if (change.port) u.port = change.port;
  if (change.host) u.hostname = change.host;
  if (change.database) u.pathname = `/${change.database}`;
  return u.toString();
}

describe('starting with a DATABASE_URL that cannot be used', () => {
  it.each([
    [
      'an unreachable server',
      { port: '1' },
      /cannot connect to postgres:\/\/\S+:\*\*\*@\S+: connection refused/,
    ],
  ])('names DATABASE_URL in one line for %s, without the password', async (_label, change, line) => {
    const r = await cli(['search', 'bridge'], { env: { DATABASE_URL: variant(change) } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^newsroom: DATABASE_URL: /);
    expect(r.stderr.trim()).toMatch(line);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr + r.stdout).not.toContain(SECRET);
  });

  it.skipIf(!postgresAvailable).each([
    ['refused credentials', { user: 'no_such_editor' }, /authentication failed/],
    ['a missing database', { database: 'no_such_newsroom' }, /the database does not exist/],
  ])('names DATABASE_URL in one line for %s, without the password', async (_label, change, line) => {
    const r = await cli(['search', 'bridge', '--json'], { env: { DATABASE_URL: variant(change) } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(line);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.json().error.code).toBe('bad_config');
    expect(r.stderr + r.stdout).not.toContain(SECRET);
  });

  it('names --db when the URL came from the command line', async () => {
    const r = await cli(['--db', variant({ port: '1' }), 'stats']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newsroom: --db: cannot connect to /);
    expect(r.stderr).not.toContain(SECRET);
  });

  it('stops the bot at start-up with one line, exit 1 and no stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOG_LEVEL: 'info',
        DISCORD_TOKEN: 'not-used',
        DATABASE_URL: variant({ port: '1' }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toEqual([
      expect.stringMatching(/^newsroom: DATABASE_URL: cannot connect to .*connection refused/),
    ]);
    expect(output).not.toContain(SECRET);
  }, 60_000);
});

describe('starting with a KEYV_URL that cannot be used', () => {
  it('stops the bot at start-up with one line naming KEYV_URL, without the password', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOG_LEVEL: 'warn',
        DISCORD_TOKEN: 'not-used',
        DISCORD_API_URL: 'http://127.0.0.1:9',
        NEWSROOM_DB: ':memory:',
        KEYV_URL: `redis://:${SECRET}@127.0.0.1:1`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toEqual([
      'KEYV_URL: cannot connect to redis://:***@127.0.0.1:1: connection refused (is the server running and listening there?)',
    ]);
  }, 60_000);
});
