import {
  DiscordAPIError,
  REST,
  Routes,
  type APIApplicationCommand,
  type APIUser,
  type RESTGetCurrentApplicationResult,
} from 'discord.js';
import type { Config } from '../config.js';
import type { HealthCheck } from '../health.js';
import type { Command } from './command.js';
import { loadCommands } from './loader.js';

/**
 * Checks the bot's Discord side when a token is set: that the token logs in (`/users/@me`) and
 * that the registered slash commands match `commands/` (names, descriptions and options), where
 * DISCORD_GUILD_ID registers them, else globally.
 */
export async function checkDiscord(
  config: Pick<Config, 'discord'>,
  commands?: Map<string, Command>,
): Promise<HealthCheck[]> {
  const { discord } = config;
  if (!discord.token)
    return [{ name: 'discord', status: 'skipped', detail: 'DISCORD_TOKEN is not set: the bot will not run' }];
  const rest = new REST({ api: discord.apiUrl, retries: 1, timeout: 10_000 }).setToken(discord.token);
  let me: APIUser;
  try {
    me = (await rest.get(Routes.user('@me'))) as APIUser;
  } catch (err) {
    const refused = err instanceof DiscordAPIError && err.status === 401;
    return [
      {
        name: 'discord token',
        status: 'fail',
        detail: refused ? 'Discord refused the token' : `Discord could not be reached: ${messageOf(err)}`,
        fix: refused
          ? 'Reset the token in the Developer Portal (your application → Bot) and set DISCORD_TOKEN to it.'
          : 'Check the network, and DISCORD_API_URL if you set one.',
      },
    ];
  }
  const checks: HealthCheck[] = [
    { name: 'discord token', status: 'ok', detail: `logs in as ${me.username}` },
  ];
  try {
    const applicationId =
      discord.applicationId ??
      ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
    const route = discord.guildId
      ? Routes.applicationGuildCommands(applicationId, discord.guildId)
      : Routes.applicationCommands(applicationId);
    const registered = (await rest.get(route)) as APIApplicationCommand[];
    const wanted = [...(commands ?? (await loadCommands())).values()].map((c) => c.data.toJSON());
    const drift = commandDrift(wanted, registered);
    const where = discord.guildId ? `server ${discord.guildId}` : 'globally';
    checks.push(
      drift.length === 0
        ? {
            name: 'discord commands',
            status: 'ok',
            detail: `${wanted.length} registered ${where}, as in commands/`,
          }
        : {
            name: 'discord commands',
            status: 'fail',
            detail: `registered ${where} differ from commands/: ${drift.join('; ')}`,
            fix: `Run \`npm run deploy-commands${discord.guildId ? '' : ' -- --global'}\` to register the current set.`,
          },
    );
  } catch (err) {
    checks.push({
      name: 'discord commands',
      status: 'warn',
      detail: `could not read the registered commands: ${messageOf(err)}`,
      fix: 'Check DISCORD_APPLICATION_ID (or unset it to read it from the token).',
    });
  }
  return checks;
}

/** What differs between the wanted definitions and the registered ones, by command name. */
function commandDrift(wanted: ReadonlyArray<Shape>, registered: ReadonlyArray<Shape>): string[] {
  const out: string[] = [];
  const byName = new Map(registered.map((c) => [c.name, c]));
  for (const w of wanted) {
    const r = byName.get(w.name);
    if (!r) out.push(`/${w.name} is not registered`);
    else if (JSON.stringify(shape(w)) !== JSON.stringify(shape(r))) out.push(`/${w.name} has changed`);
  }
  const names = new Set(wanted.map((w) => w.name));
  for (const r of registered)
    if (!names.has(r.name)) out.push(`/${r.name} is registered but no longer exists`);
  return out;
}

interface Shape {
  name: string;
  description?: string;
  options?: ReadonlyArray<Shape>;
}

// Discord adds defaults to what it returns; names, descriptions and the option tree are what users see.
function shape(c: Shape): unknown {
  return { name: c.name, description: c.description ?? '', options: (c.options ?? []).map(shape) };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message.slice(0, 200) : String(err);
}
