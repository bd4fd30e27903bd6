import { snowflake } from './snowflake.js';

/**
 * API v10 objects as Discord sends them, reduced to what discord.js reads. Kept in one place
 * so the gateway and REST sides agree.
 */
export interface FakeUser {
  id: string;
  username: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
}

/** Permission bits a member may hold (decimal strings on the wire). */
export const PERMISSIONS = {
  none: 0n,
  /** View channel, send messages, read history, use application commands. */
  member: (1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n),
  manageGuild: 1n << 5n,
};

export function userObject(user: FakeUser, bot = false) {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.username,
    avatar: null,
    bot,
  };
}

export function memberObject(user: FakeUser, permissions: bigint) {
  return {
    user: userObject(user),
    roles: [],
    permissions: String(permissions),
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
    communication_disabled_until: null,
  };
}

export function channelObject(guild: FakeGuild) {
  return {
    id: guild.channelId,
    type: 0,
    guild_id: guild.id,
    name: 'newsroom',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
  };
}

export function guildObject(guild: FakeGuild, botUser: FakeUser) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: snowflake(),
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    features: [],
    preferred_locale: 'en-US',
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_flags: 0,
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        permissions: String(PERMISSIONS.member),
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [channelObject(guild)],
    members: [memberObject(botUser, PERMISSIONS.member)],
    emojis: [],
    stickers: [],
    threads: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** Fields shared by every interaction sent in a guild channel. */
export function interactionBase(opts: {
  type: number;
  applicationId: string;
  guild: FakeGuild | null;
  user: FakeUser;
  permissions: bigint;
  appPermissions?: bigint | undefined;
}) {
  const { guild } = opts;
  return {
    id: snowflake(),
    application_id: opts.applicationId,
    type: opts.type,
    token: `itok-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    locale: 'en-US',
    entitlements: [],
    app_permissions: String(opts.appPermissions ?? PERMISSIONS.member),
    ...(guild
      ? {
          guild_id: guild.id,
          guild_locale: 'en-US',
          channel_id: guild.channelId,
          channel: channelObject(guild),
          member: memberObject(opts.user, opts.permissions),
          authorizing_integration_owners: { '0': guild.id },
          context: 0,
        }
      : { user: userObject(opts.user), authorizing_integration_owners: { '1': opts.user.id }, context: 1 }),
  };
}

/** A message object as returned by webhook endpoints. */
export function messageObject(opts: {
  id: string;
  channelId: string;
  applicationId: string;
  botUser: FakeUser;
  body: Record<string, unknown>;
  interactionId?: string;
}) {
  const body = opts.body;
  return {
    id: opts.id,
    type: opts.interactionId ? 20 : 0,
    channel_id: opts.channelId,
    author: userObject(opts.botUser, true),
    content: (body.content as string | undefined) ?? '',
    embeds: (body.embeds as unknown[] | undefined) ?? [],
    components: (body.components as unknown[] | undefined) ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: (body.flags as number | undefined) ?? 0,
    webhook_id: opts.applicationId,
    application_id: opts.applicationId,
  };
}
