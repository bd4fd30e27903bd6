import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { loadCommands } from '../../src/discord/loader.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.js';

describe('deploy-commands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ commands: [] });
  });
  afterAll(async () => {
    await fake?.close();
  });
  const config = (env: Record<string, string>) =>
    loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, ...env });

  it('registers the command definitions to DISCORD_GUILD_ID, looking the application id up with the token', async () => {
    const result = await deployCommands({ config: config({ DISCORD_GUILD_ID: '123456789' }), global: false });
    const commands = await loadCommands();
    expect(result).toEqual({
      applicationId: fake.applicationId,
      guildId: '123456789',
      names: [...commands.keys()],
    });
    expect(fake.state.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /applications/@me',
      `PUT /applications/${fake.applicationId}/guilds/123456789/commands`,
    ]);
    expect(fake.state.commands.get('123456789')!.map((c) => c.name)).toEqual([...commands.keys()]);
    expect(fake.state.commands.get('123456789')![0]).toMatchObject(
      JSON.parse(JSON.stringify(commands.get([...commands.keys()][0]!)!.data.toJSON())),
    );
  });

  it('registers globally only with --global, using DISCORD_APPLICATION_ID when set', async () => {
    fake.state.requests.length = 0;
    const result = await deployCommands({
      config: config({ DISCORD_GUILD_ID: '123456789', DISCORD_APPLICATION_ID: fake.applicationId }),
      global: true,
    });
    expect(result.guildId).toBeNull();
    expect(fake.state.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /applications/${fake.applicationId}/commands`,
    ]);
  });

  it('refuses to register globally by accident', async () => {
    await expect(deployCommands({ config: config({}), global: false })).rejects.toThrow(
      'Set DISCORD_GUILD_ID to register the commands to one server (instant), or pass --global to register them everywhere.',
    );
  });
});
