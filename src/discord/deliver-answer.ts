import {
  DiscordAPIError,
  MessageFlags,
  PermissionFlagsBits,
  type APIEmbed,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
} from 'discord.js';
import type { Logger } from '../log.js';

/** Discord refuses an interaction token after this long. */
const TOKEN_LIFETIME_MS = 15 * 60_000;
// Codes Discord answers with once an interaction's token is no longer usable.
const TOKEN_GONE = new Set([50027 /* Invalid Webhook Token */, 10015 /* Unknown Webhook */]);

/** How the answer reached the asker, and the message that carries it (none when lost). */
export interface Delivery {
  via: 'reply' | 'follow-up' | 'channel' | 'lost';
  message: { id: string; channelId: string } | null;
}

const carried = (via: Delivery['via'], m: { id: string; channelId: string }): Delivery => ({
  via,
  message: { id: m.id, channelId: m.channelId },
});

/**
 * Puts the finished answer in front of the asker even when the deferred reply can no longer be
 * edited: a long Claude answer can outlive the interaction's 15-minute token. While the token is
 * valid a failed edit becomes a follow-up; once it has run out, a public answer is posted in the
 * channel with the asker mentioned inertly (no ping), if the bot may send messages there. A
 * private answer is never posted in the channel. What could not be delivered is logged.
 */
export async function deliverAnswer(
  interaction: ChatInputCommandInteraction,
  payload: { embeds: APIEmbed[]; components: NonNullable<InteractionEditReplyOptions['components']> },
  o: { ephemeral: boolean; log: Logger; now?: () => number },
): Promise<Delivery> {
  const now = o.now ?? (() => Date.now());
  try {
    return carried('reply', await interaction.editReply({ content: '', ...payload }));
  } catch (err) {
    if (!tokenGone(err, interaction.createdTimestamp, now())) {
      try {
        const sent = await interaction.followUp({
          ...payload,
          allowedMentions: { parse: [] },
          ...(o.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
        });
        o.log.warn({ err, interaction: interaction.id }, 'answer edit failed: sent as a follow-up');
        return carried('follow-up', sent);
      } catch (followErr) {
        if (!tokenGone(followErr, interaction.createdTimestamp, now())) throw followErr;
      }
    }
    return postInChannel(interaction, payload, o);
  }
}

async function postInChannel(
  interaction: ChatInputCommandInteraction,
  payload: Parameters<typeof deliverAnswer>[1],
  o: { ephemeral: boolean; log: Logger },
): Promise<Delivery> {
  const where = {
    interaction: interaction.id,
    channelId: interaction.channelId,
    userId: interaction.user.id,
  };
  if (o.ephemeral) {
    o.log.warn(where, 'answer not delivered: the token expired and the asker wanted it private');
    return { via: 'lost', message: null };
  }
  if (!interaction.appPermissions.has(PermissionFlagsBits.SendMessages)) {
    o.log.warn(where, 'answer not delivered: the token expired and the bot may not send messages here');
    return { via: 'lost', message: null };
  }
  try {
    const channel = await interaction.client.channels.fetch(interaction.channelId);
    if (!channel?.isSendable()) throw new Error('not a channel the bot can post in');
    const sent = await channel.send({
      content: `<@${interaction.user.id}> here is the answer to your /${interaction.commandName}; the command’s reply had expired.`,
      ...payload,
      allowedMentions: { parse: [] },
    });
    o.log.warn(where, 'answer token expired: answer posted in the channel');
    return carried('channel', sent);
  } catch (err) {
    o.log.error({ ...where, err }, 'answer not delivered: the token expired and the channel post failed');
    return { via: 'lost', message: null };
  }
}

function tokenGone(err: unknown, createdAt: number, now: number): boolean {
  if (now - createdAt >= TOKEN_LIFETIME_MS) return true;
  return err instanceof DiscordAPIError && typeof err.code === 'number' && TOKEN_GONE.has(err.code);
}
