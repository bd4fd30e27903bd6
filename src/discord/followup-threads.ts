import {
  ChannelType,
  PermissionFlagsBits,
  Routes,
  type APIChannel,
  type APIEmbed,
  type APIMessage,
  type ModalSubmitInteraction,
  type APIActionRowComponent,
  type APIButtonComponent,
} from 'discord.js';
import type { AnswerSession } from './answer-sessions.js';

/** What the bot needs in a channel to answer follow-ups in a thread under the answer. */
const THREAD_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
];

/** Where a follow-up is answered: a thread that exists, one to start under the answer, or privately. */
export type FollowUpPlace =
  | { kind: 'thread'; threadId: string }
  | { kind: 'new-thread'; channelId: string; messageId: string }
  | { kind: 'ephemeral' };

/**
 * A follow-up goes in a thread when the answer was posted publicly and the bot may post in threads
 * there: the answer's thread when it has one (or the follow-up was asked inside it), else a new one
 * started from the answer message in a text or announcement channel where the bot may create
 * public threads. Anything else is answered privately.
 */
export function followUpPlace(interaction: ModalSubmitInteraction, session: AnswerSession): FollowUpPlace {
  if (session.ephemeral || !interaction.inGuild()) return { kind: 'ephemeral' };
  const may = interaction.appPermissions;
  if (!may.has(THREAD_PERMISSIONS)) return { kind: 'ephemeral' };
  if (session.threadId) return { kind: 'thread', threadId: session.threadId };
  const type = interaction.channel?.type;
  const threadable = type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement;
  if (!threadable || !session.messageId || !session.channelId) return { kind: 'ephemeral' };
  if (!may.has(PermissionFlagsBits.CreatePublicThreads)) return { kind: 'ephemeral' };
  return { kind: 'new-thread', channelId: session.channelId, messageId: session.messageId };
}

/** Starts a public thread from the answer message, named after the question (Discord's 100-character cap). */
export async function startFollowUpThread(
  interaction: ModalSubmitInteraction,
  place: Extract<FollowUpPlace, { kind: 'new-thread' }>,
  question: string,
): Promise<string> {
  const name = `Q: ${question.replace(/\s+/g, ' ')}`;
  const thread = (await interaction.client.rest.post(Routes.threads(place.channelId, place.messageId), {
    body: { name: name.length > 100 ? `${name.slice(0, 99)}…` : name, auto_archive_duration: 1440 },
  })) as APIChannel;
  return thread.id;
}

/** Posts an answer page in a thread; nothing in it can ping anyone. */
export async function postInThread(
  interaction: ModalSubmitInteraction,
  threadId: string,
  message: { embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] },
): Promise<APIMessage> {
  return (await interaction.client.rest.post(Routes.channelMessages(threadId), {
    body: { ...message, allowed_mentions: { parse: [] } },
  })) as APIMessage;
}
