import { channelObject, messageObject, type FakeGuild, type FakeUser } from './payloads.js';
import { snowflake } from './snowflake.js';
import type { FakeMessage, FakeState, RecordedRequest } from './state.js';

/** A public thread the bot started from a message, with what it posted in it. */
export interface FakeThread {
  id: string;
  name: string;
  guildId: string;
  parentId: string;
  /** The message the thread was started from. */
  messageId: string;
  messages: FakeMessage[];
}

type Reply = { status: number; body?: unknown };

/**
 * The channel routes the bot uses outside interaction webhooks: starting a thread from a message
 * (`POST /channels/:id/messages/:id/threads`, once per message as on Discord) and posting in a
 * thread (`POST /channels/:id/messages`), and editing a message the bot left in a channel or
 * thread by id (`PATCH /channels/:id/messages/:id`, no interaction token needed). Null when the
 * request is not one of these (a post to a guild's own channel is served by the channel route).
 */
export function routeChannels(
  ctx: { state: FakeState; applicationId: string; botUser: FakeUser; authed: boolean },
  r: RecordedRequest,
): Reply | null {
  const { state } = ctx;
  let m: RegExpExecArray | null;
  if (r.method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(r.path))) {
    if (!ctx.authed) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    const [, parentId, messageId] = m;
    const guildId = [...state.channels].find(([, c]) => c === parentId)?.[0];
    if (!guildId) return { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
    if ([...state.threads.values()].some((t) => t.messageId === messageId))
      return {
        status: 400,
        body: { message: 'A thread has already been created for this message', code: 160004 },
      };
    const body = r.body as { name: string; auto_archive_duration?: number };
    const thread: FakeThread = {
      id: snowflake(),
      name: body.name,
      guildId,
      parentId: parentId!,
      messageId: messageId!,
      messages: [],
    };
    state.threads.set(thread.id, thread);
    return { status: 201, body: threadObject(thread, ctx.botUser) };
  }
  if (r.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(r.path))) {
    if (!ctx.authed) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    const thread = state.threads.get(m[1]!);
    // Not a thread: the guild's own channel, served by the channel route.
    if (!thread) return null;
    const body = (r.body ?? {}) as Record<string, unknown>;
    const message: FakeMessage = {
      id: snowflake(),
      content: (body.content as string | undefined) ?? '',
      embeds: (body.embeds as unknown[] | undefined) ?? [],
      components: (body.components as unknown[] | undefined) ?? [],
      flags: (body.flags as number | undefined) ?? 0,
      files: [],
      deleted: false,
      allowedMentions: body.allowed_mentions,
    };
    thread.messages.push(message);
    return {
      status: 200,
      body: messageObject({
        id: message.id,
        channelId: thread.id,
        applicationId: ctx.applicationId,
        botUser: ctx.botUser,
        body,
      }),
    };
  }
  if (r.method === 'PATCH' && (m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(r.path))) {
    if (!ctx.authed) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    const [, channelId, messageId] = m;
    const message = findChannelMessage(state, channelId!, messageId!);
    // Ephemeral messages are not channel messages: only their interaction token reaches them.
    if (!message || message.deleted || message.flags & 64)
      return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    const body = (r.body ?? {}) as Record<string, unknown>;
    if (body.content !== undefined) message.content = (body.content as string | null) ?? '';
    if (body.embeds !== undefined) message.embeds = (body.embeds as unknown[] | null) ?? [];
    if (body.components !== undefined) message.components = (body.components as unknown[] | null) ?? [];
    state.channelEdits.push({ channelId: channelId!, messageId: messageId!, body });
    return {
      status: 200,
      body: messageObject({
        id: message.id,
        channelId: channelId!,
        applicationId: ctx.applicationId,
        botUser: ctx.botUser,
        body: {
          content: message.content,
          embeds: message.embeds,
          components: message.components,
          flags: message.flags,
        },
      }),
    };
  }
  return null;
}

/**
 * A message the bot left in a channel, found by id: an interaction's reply or follow-up in a
 * guild's channel, a message posted there, or one posted in a thread.
 */
function findChannelMessage(state: FakeState, channelId: string, messageId: string): FakeMessage | undefined {
  const thread = state.threads.get(channelId);
  if (thread) return thread.messages.find((x) => x.id === messageId);
  const posted = state.channelMessages.get(channelId)?.find((x) => x.id === messageId);
  if (posted) return posted;
  for (const record of state.interactions.values()) {
    if (record.guildId === null || state.channels.get(record.guildId) !== channelId) continue;
    const found = [record.original, ...record.followups].find((x) => x?.id === messageId);
    if (found) return found;
  }
  return undefined;
}

/** A thread channel object (type 11, public thread). */
export function threadObject(thread: FakeThread, owner: FakeUser) {
  return {
    ...channelObject({ id: thread.guildId, name: '', channelId: thread.id } satisfies FakeGuild),
    type: 11,
    name: thread.name,
    parent_id: thread.parentId,
    owner_id: owner.id,
    message_count: thread.messages.length,
    member_count: 1,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
  };
}
