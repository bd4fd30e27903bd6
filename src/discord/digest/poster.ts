import type { Client } from 'discord.js';
import type { DigestPoster } from '../../digest/poster.js';
import { renderDigestMessage, renderEmptyDigestMessage } from './render.js';

/**
 * Posts digests through the bot's discord.js client, rendered as embeds. Mentions are disabled on
 * every message (`allowedMentions: { parse: [] }`), whatever the client's defaults.
 */
export function discordDigestPoster(client: Client): DigestPoster {
  return {
    async post(channelId, post) {
      const channel = await client.channels.fetch(channelId);
      if (!channel || !channel.isSendable())
        throw new Error(`channel ${channelId} is not a channel the bot can post in`);
      const message =
        post.kind === 'digest'
          ? renderDigestMessage(post.digest, { note: post.note })
          : renderEmptyDigestMessage(post.date, post.note);
      const sent = await channel.send({ ...message, allowedMentions: { parse: [] } });
      return [sent.id];
    },
  };
}
