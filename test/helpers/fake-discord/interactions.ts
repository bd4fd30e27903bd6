import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { interactionBase, messageObject, type FakeGuild, type FakeUser } from './payloads.js';
import { snowflake } from './snowflake.js';
import type { FakeMessage } from './state.js';

/** An attachment served by the fake (see `FakeDiscord.attach`). */
export interface AttachmentRef {
  id: string;
  url: string;
  filename: string;
  size: number;
  contentType: string;
}

/** A slash command as a user fills it in. */
export interface SlashInput {
  command: string;
  subcommand?: string;
  options?: Record<string, string | number | boolean | AttachmentRef>;
  user: FakeUser;
  guild: FakeGuild | null;
  /** The member's permissions (default: an ordinary member). */
  permissions?: bigint;
  /** The bot's own permissions in the channel (default: an ordinary member's). */
  appPermissions?: bigint;
}

interface Ids {
  applicationId: string;
  commands: RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

/** INTERACTION_CREATE for a chat-input command, options typed from the command's definition. */
export function slashPayload(ids: Ids, input: SlashInput & { permissions: bigint }, focused?: string) {
  const def = ids.commands.find((c) => c.name === input.command);
  if (!def) throw new Error(`fake Discord: no command definition for /${input.command}`);
  let defs = def.options ?? [];
  if (input.subcommand) {
    const sub = defs.find(
      (o) => o.name === input.subcommand && o.type === ApplicationCommandOptionType.Subcommand,
    );
    if (!sub || !('options' in sub))
      throw new Error(`fake Discord: /${input.command} has no subcommand ${input.subcommand}`);
    defs = sub.options ?? [];
  }
  const attachments: Record<string, unknown> = {};
  const options = Object.entries(input.options ?? {}).map(([name, value]) => {
    const spec = defs.find((o) => o.name === name);
    if (!spec) throw new Error(`fake Discord: /${input.command} has no option ${name}`);
    if (typeof value === 'object') {
      attachments[value.id] = {
        id: value.id,
        filename: value.filename,
        size: value.size,
        url: value.url,
        proxy_url: value.url,
        content_type: value.contentType,
      };
      return { name, type: spec.type, value: value.id };
    }
    return { name, type: spec.type, value, ...(name === focused ? { focused: true } : {}) };
  });
  const type = focused === undefined ? 2 : 4;
  return {
    ...interactionBase({
      type,
      applicationId: ids.applicationId,
      guild: input.guild,
      user: input.user,
      permissions: input.permissions,
      appPermissions: input.appPermissions,
    }),
    data: {
      id: snowflake(),
      name: input.command,
      type: 1,
      ...(input.guild ? { guild_id: input.guild.id } : {}),
      options: input.subcommand ? [{ name: input.subcommand, type: 1, options }] : options,
      ...(Object.keys(attachments).length > 0 ? { resolved: { attachments } } : {}),
    },
  };
}

export function autocompletePayload(ids: Ids, input: SlashInput & { permissions: bigint; focused: string }) {
  return slashPayload(ids, input, input.focused);
}

/** Where a component or modal interaction happens: the guild's channel, or a thread the bot started. */
export interface ChannelInput {
  user: FakeUser;
  guild: FakeGuild | null;
  permissions: bigint;
  /** The bot's permissions there (default: an ordinary member's). */
  appPermissions?: bigint;
  /** A thread (see `FakeState.threads`) instead of the guild's channel. */
  threadId?: string;
}

/** INTERACTION_CREATE for a button press on a message the bot posted. */
export function componentPayload(
  ids: Ids,
  input: ChannelInput & { message: FakeMessage; customId: string },
  _base: string,
) {
  const m = input.message;
  return {
    ...interactionBase({
      type: 3,
      applicationId: ids.applicationId,
      guild: input.guild,
      user: input.user,
      permissions: input.permissions,
      appPermissions: input.appPermissions,
      threadId: input.threadId,
    }),
    data: { custom_id: input.customId, component_type: 2 },
    message: messageObject({
      id: m.id,
      channelId: input.threadId ?? input.guild?.channelId ?? input.user.id,
      applicationId: ids.applicationId,
      botUser: { id: ids.applicationId, username: 'Newsroom Bot' },
      body: { content: m.content, embeds: m.embeds, components: m.components, flags: m.flags },
    }),
  };
}

/** INTERACTION_CREATE for a modal a user filled in and submitted (text fields inside labels). */
export function modalSubmitPayload(
  ids: Ids,
  input: ChannelInput & { customId: string; fields: Record<string, string> },
) {
  return {
    ...interactionBase({
      type: 5,
      applicationId: ids.applicationId,
      guild: input.guild,
      user: input.user,
      permissions: input.permissions,
      appPermissions: input.appPermissions,
      threadId: input.threadId,
    }),
    data: {
      custom_id: input.customId,
      components: Object.entries(input.fields).map(([customId, value]) => ({
        type: 18,
        id: Number(snowflake().slice(-6)),
        component: { type: 4, custom_id: customId, value },
      })),
    },
  };
}
