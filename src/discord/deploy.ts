import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTGetCurrentApplicationResult } from 'discord.js';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import type { Command } from './command.js';
import { loadCommands } from './loader.js';

export interface DeployOptions {
  config: Config;
  /** Register globally (takes up to an hour to show); otherwise to DISCORD_GUILD_ID only (instant). */
  global: boolean;
  /** Default: every file in `commands/`, the same definitions the bot routes by. */
  commands?: Map<string, Command>;
}

export interface DeployResult {
  applicationId: string;
  /** The guild registered to, or null for global. */
  guildId: string | null;
  names: string[];
}

/**
 * Registers the slash commands (`npm run deploy-commands`): to one guild when DISCORD_GUILD_ID is
 * set, globally only with `--global`. The application id comes from DISCORD_APPLICATION_ID or,
 * when unset, from the API with the token. A PUT replaces the whole set, so removed commands go.
 */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const { discord } = options.config;
  if (!discord.token)
    throw new UserError('DISCORD_TOKEN is not set: it is needed to register commands.', 'bad_config');
  const guildId = options.global ? null : (discord.guildId ?? null);
  if (!options.global && !guildId) {
    throw new UserError(
      'Set DISCORD_GUILD_ID to register the commands to one server (instant), or pass --global to register them everywhere.',
      'bad_config',
    );
  }
  const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
  const applicationId =
    discord.applicationId ??
    ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const commands = options.commands ?? (await loadCommands());
  const body = [...commands.values()].map((c) => c.data.toJSON());
  await rest.put(
    guildId
      ? Routes.applicationGuildCommands(applicationId, guildId)
      : Routes.applicationCommands(applicationId),
    { body },
  );
  return { applicationId, guildId, names: body.map((c) => c.name) };
}

/** `node dist/src/discord/deploy.js [--global]` */
async function main(): Promise<number> {
  const { config: loadDotenv } = await import('dotenv');
  const { loadConfig } = await import('../config.js');
  loadDotenv({ quiet: true });
  try {
    const result = await deployCommands({ config: loadConfig(), global: process.argv.includes('--global') });
    const where = result.guildId
      ? `server ${result.guildId}`
      : 'every server (global; may take up to an hour to appear)';
    process.stdout.write(
      `Registered ${result.names.length} commands (/${result.names.join(', /')}) for ${where}.\n`,
    );
    return 0;
  } catch (err) {
    process.stderr.write(`deploy-commands: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main();
