import type { Client } from 'discord.js';
import type { DigestPoster } from '../poster.js';

/**
 * Posts digests through the bot's discord.js client. Mentions are disabled on every message
 * (`allowedMentions: { parse: [] }`), whatever the client's defaults.
 */
export function discordDigestPoster(client: Client): DigestPoster {
  return {
    async post(channelId, message) {
      const channel = await client.channels.fetch(channelId);
      if (!channel || !channel.isSendable())
        throw new Error(`channel ${channelId} is not a channel the bot can post in`);
      const sent = await channel.send({ ...message, allowedMentions: { parse: [] } });
      return [sent.id];
    },
  };
}
