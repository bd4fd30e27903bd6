import { Client, GatewayIntentBits, Options } from 'discord.js';

/** What the client needs from the configuration. */
export interface DiscordClientOptions {
  /** REST base URL without the version (`DISCORD_API_URL`): Discord, a proxy or a test double. */
  apiUrl: string;
}

/**
 * The discord.js client: only the Guilds intent (slash commands need nothing privileged), and
 * `allowedMentions: { parse: [] }` so nothing the bot ever posts can ping anyone. Messages are not
 * cached: the bot never reads channel history. Users and members arrive with every interaction and
 * discord.js would keep each one for the life of the process; the bot never looks them up again,
 * so a month of distinct askers is capped (the bot's own user and member are always kept).
 */
export function createDiscordClient(options: DiscordClientOptions): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { api: options.apiUrl },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: 1_000, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
  });
}
