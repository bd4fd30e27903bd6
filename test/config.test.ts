import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadConfig, ConfigError, ENV_VARIABLES, redactUrl } from '../src/config.js';

describe('configuration', () => {
  it('uses the embedded defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.dbPath).toBe('./data/newsroom.db');
    expect(c.maxInputBytes).toBe(5 * 1024 * 1024);
    expect(c.fetch).toEqual({ timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, allowPrivate: false });
    expect(c.keyvUrl).toBeUndefined();
  });

  it('names the bad variable and what is expected in one line', () => {
    expect(() => loadConfig({ NEWSROOM_FETCH_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
    try {
      loadConfig({ NEWSROOM_FETCH_TIMEOUT_MS: 'soon' });
    } catch (err) {
      expect((err as Error).message).toMatch(
        /^Invalid configuration: NEWSROOM_FETCH_TIMEOUT_MS must be .*\(got "soon"\)$/,
      );
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('rejects an unknown log level by listing the allowed ones', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of fatal, error/);
  });

  it('reads booleans written as true/false/1/0', () => {
    expect(loadConfig({ NEWSROOM_FETCH_ALLOW_PRIVATE: 'true' }).fetch.allowPrivate).toBe(true);
    expect(loadConfig({ NEWSROOM_FETCH_ALLOW_PRIVATE: '0' }).fetch.allowPrivate).toBe(false);
    expect(() => loadConfig({ NEWSROOM_FETCH_ALLOW_PRIVATE: 'maybe' })).toThrow(
      /NEWSROOM_FETCH_ALLOW_PRIVATE/,
    );
  });

  it('never echoes a secret in the error', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'x', ANTHROPIC_API_KEY: 'sk-secret' })).not.toThrow(/sk-secret/);
  });

  it('lists every variable it reads in .env.example', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    for (const name of ENV_VARIABLES) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});

describe('configuration of engines and the bot', () => {
  it('picks a current Sonnet by default and a cheaper model for digests', () => {
    const c = loadConfig({});
    expect(c.anthropic.model).toBe('claude-sonnet-5-5');
    expect(c.anthropic.digestModel).toBe('claude-haiku-5-5');
    expect(c.anthropic.apiKey).toBeUndefined();
    expect(c.discord.apiUrl).toBe('https://discord.com/api');
  });

  it('rejects a Discord application id that is not a snowflake', () => {
    expect(() => loadConfig({ DISCORD_APPLICATION_ID: 'my-app' })).toThrow(
      /DISCORD_APPLICATION_ID must be a numeric snowflake/,
    );
  });

  it('rejects a base URL that is not a URL', () => {
    expect(() => loadConfig({ ANTHROPIC_BASE_URL: 'localhost' })).toThrow(/ANTHROPIC_BASE_URL/);
  });

  it('keeps a removed server’s data 7 days by default, or as configured', () => {
    expect(loadConfig({}).discord.removedServerGraceDays).toBe(7);
    expect(loadConfig({ REMOVED_SERVER_GRACE_DAYS: '0.5' }).discord.removedServerGraceDays).toBe(0.5);
    expect(() => loadConfig({ REMOVED_SERVER_GRACE_DAYS: '-1' })).toThrow(
      /^Invalid configuration: REMOVED_SERVER_GRACE_DAYS must be at least 0/,
    );
  });

  it('treats an empty token as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '  ' }).discord.token).toBeUndefined();
  });
});

describe('configuration of a shared deployment', () => {
  it('keeps the SQLite file when DATABASE_URL is empty, and takes a postgres:// URL', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: ' postgres://news@db.example:5432/newsroom ' }).databaseUrl).toBe(
      'postgres://news@db.example:5432/newsroom',
    );
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/newsroom' }).databaseUrl).toBe(
      'postgresql://db/newsroom',
    );
  });

  it('refuses a DATABASE_URL that is not a postgres URL, in one line without its password', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://editor:hunter2-secret@db.example/newsroom' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toBe(
      'Invalid configuration: DATABASE_URL must be a postgres:// URL (got "mysql://editor:***@db.example/newsroom")',
    );
  });

  it('reads DISCORD_SHARDS as auto or a count, and nothing when empty', () => {
    expect(loadConfig({}).discord.shards).toBeUndefined();
    expect(loadConfig({ DISCORD_SHARDS: 'auto' }).discord.shards).toBe('auto');
    expect(loadConfig({ DISCORD_SHARDS: '4' }).discord.shards).toBe(4);
    expect(() => loadConfig({ DISCORD_SHARDS: 'many' })).toThrow(
      /DISCORD_SHARDS must be "auto" or a number of shards/,
    );
    expect(() => loadConfig({ DISCORD_SHARDS: '0' })).toThrow(/DISCORD_SHARDS/);
  });
});

describe('redactUrl', () => {
  it('masks the password of a URL and leaves the rest readable', () => {
    expect(redactUrl('postgres://news:s3cret@db:5432/newsroom')).toBe('postgres://news:***@db:5432/newsroom');
    expect(redactUrl('redis://:s3cret@cache:6379/0')).toBe('redis://:***@cache:6379/0');
    expect(redactUrl('postgres://news@db/newsroom')).toBe('postgres://news@db/newsroom');
    expect(redactUrl('postgres://db/newsroom?user=news&password=s3cret')).toBe(
      'postgres://db/newsroom?user=news&password=***',
    );
  });

  it('masks passwords holding @, / or ? whole', () => {
    expect(redactUrl('postgres://news:p@ss/w?rd@db/newsroom')).toBe('postgres://news:***@db/newsroom');
    expect(redactUrl('postgres://news:a?b#c@db/newsroom')).not.toContain('a?b');
  });

  it('leaves a value that is not a URL alone', () => {
    expect(redactUrl('./data/newsroom.db')).toBe('./data/newsroom.db');
  });
});
