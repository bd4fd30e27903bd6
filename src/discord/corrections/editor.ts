import { DiscordAPIError, Routes, type Client } from 'discord.js';
import type { PostedAnswerEditor } from '../../corrections/notices.js';
import { renderAnswerPages } from '../render/answer-embeds.js';

// Discord's answers meaning the message can never be edited by this bot again: the message, its
// channel or the bot's access to the channel is gone.
const GONE = new Set([
  10003 /* Unknown Channel */, 10008 /* Unknown Message */, 50001 /* Missing Access */,
  50013 /* Missing Permissions */,
]);

/**
 * Edits a posted answer's message through the bot's REST client (PATCH of the channel message by
 * id, which needs no interaction token and so works long after it expired): the page it shows is
 * rendered again with the notice in its footer. Only the embeds are sent, so its buttons stay.
 */
export function discordAnswerEditor(client: Client): PostedAnswerEditor {
  return {
    async markUpdated(post) {
      const pages = renderAnswerPages(post.answer, { read: post.read, updatedAfter: true });
      const page = pages[Math.min(post.page, pages.length - 1)] ?? [];
      try {
        await client.rest.patch(Routes.channelMessage(post.channelId, post.messageId), {
          body: { embeds: page, allowed_mentions: { parse: [] } },
        });
        return 'edited';
      } catch (err) {
        if (err instanceof DiscordAPIError && typeof err.code === 'number' && GONE.has(err.code))
          return 'gone';
        throw err;
      }
    },
  };
}
