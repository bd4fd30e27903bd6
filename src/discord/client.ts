import { Client, GatewayIntentBits, Options } from 'discord.js';

/** What the client needs from the configuration. */
export interface DiscordClientOptions {
  /** REST base URL without the version (`DISCORD_API_URL`): Discord, a proxy or a test double. */
  apiUrl: string;
}

/**
 * The discord.js client: only the Guilds intent (slash commands need nothing privileged), and
 * `allowedMentions: { parse: [] }` so nothing the bot ever posts can ping anyone. Messages are not
 * cached: the bot never reads channel history.
 */
export function createDiscordClient(options: DiscordClientOptions): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { api: options.apiUrl },
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
}
