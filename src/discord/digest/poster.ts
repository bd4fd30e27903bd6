import type { Client } from 'discord.js';
import type { DigestPoster } from '../../digest/poster.js';
import { carriesDigestMarker, renderDigestPost } from './render.js';

// How far back a retry looks for its earlier post: a digest channel is quiet, and a retry comes
// within hours of the first attempt.
const RECENT_MESSAGES = 50;

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
      const sent = await channel.send({ ...renderDigestPost(post), allowedMentions: { parse: [] } });
      return [sent.id];
    },
    async findPosted(channelId, marker) {
      const channel = await client.channels.fetch(channelId);
      if (!channel || !channel.isTextBased() || !('messages' in channel))
        throw new Error(`channel ${channelId} is not a channel the bot can read`);
      const recent = await channel.messages.fetch({ limit: RECENT_MESSAGES });
      return [...recent.values()]
        .filter((m) => m.author.id === client.user?.id && carriesDigestMarker(m, marker))
        .sort((a, b) => a.createdTimestamp - b.createdTimestamp)
        .map((m) => m.id);
    },
  };
}
