import { type ChatInputCommandInteraction, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { safeText } from '../render/escape.js';
import { UserError } from '../../errors.js';
import { nextSlot } from '../../digest/schedule.js';
import { digestOnDemand } from '../../digest/service.js';
import {
  DEFAULT_DIGEST_STORIES,
  getDigestSettings,
  parseTimeOfDay,
  parseTimeZone,
  saveDigestSettings,
  type DigestSettings,
} from '../../digest/settings.js';
import { localDate } from '../../dates/zone.js';
import { renderDigestMessage } from './render.js';

/** `/digest set`: stores the server's digest settings (on) and says when the first one comes. */
export async function setDigest(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  o: {
    channel: string;
    time: string;
    timezone: string;
    stories?: number | undefined;
    announce_empty?: boolean | undefined;
  },
): Promise<void> {
  const guildId = interaction.guildId!;
  const channelId = o.channel;
  checkChannel(interaction, channelId);
  const previous = await getDigestSettings(ctx.settings, guildId);
  const settings: DigestSettings = {
    channelId,
    time: parseTimeOfDay(o.time),
    timezone: parseTimeZone(o.timezone),
    stories: o.stories ?? previous?.stories ?? DEFAULT_DIGEST_STORIES,
    announceEmpty: o.announce_empty ?? previous?.announceEmpty ?? false,
    enabled: true,
    updatedAt: ctx.clock.now().toISOString(),
    updatedBy: interaction.user.id,
  };
  await saveDigestSettings(ctx.settings, guildId, settings);
  ctx.log.info(
    { guildId, userId: interaction.user.id, time: settings.time, timezone: settings.timezone },
    'digest settings saved',
  );
  await interaction.reply({
    content: `Daily digest on. ${describe(settings, ctx.clock.now())}`,
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

/** `/digest show`: the settings, the next posting and the last few days' outcomes. */
export async function showDigest(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const guildId = interaction.guildId!;
  const s = await getDigestSettings(ctx.settings, guildId);
  if (!s) throw new UserError('No daily digest is set up here yet: use /digest set.', 'not_found');
  const recent = await ctx.ledger.recent(guildId, 5);
  const lines = [`Daily digest ${s.enabled ? 'on' : 'off'}. ${describe(s, ctx.clock.now())}`];
  if (recent.length > 0) {
    lines.push('', 'Recent digests:');
    for (const r of recent)
      lines.push(`• ${r.date}: ${r.status}${r.note ? ` (${safeText(r.note.slice(0, 160))})` : ''}`);
  }
  await interaction.reply({
    content: lines.join('\n'),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

/** `/digest preview`: today's digest so far, only for the asker. */
export async function previewDigest(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  const guildId = interaction.guildId!;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const s = await getDigestSettings(ctx.settings, guildId);
  const timeZone = s?.timezone ?? (await ctx.timeZone(guildId));
  const date = localDate(ctx.clock.now(), timeZone);
  const digest = await digestOnDemand(ctx, await ctx.digestEngine(), {
    date,
    timeZone,
    guild: guildId,
    stories: s?.stories ?? DEFAULT_DIGEST_STORIES,
  });
  if (digest.stories.length === 0) {
    await interaction.editReply({
      content: `No new articles today (${date}, ${timeZone}) so far.`,
      allowedMentions: { parse: [] },
    });
    return;
  }
  await interaction.editReply({
    ...renderDigestMessage(digest, { note: 'Preview of today so far: only you can see this.' }),
    allowedMentions: { parse: [] },
  });
}

/** `/digest off`: keeps the settings, stops posting. */
export async function digestOff(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const guildId = interaction.guildId!;
  const s = await getDigestSettings(ctx.settings, guildId);
  if (!s?.enabled) throw new UserError('The daily digest is already off here.', 'bad_input');
  await saveDigestSettings(ctx.settings, guildId, {
    ...s,
    enabled: false,
    updatedAt: ctx.clock.now().toISOString(),
    updatedBy: interaction.user.id,
  });
  await interaction.reply({
    content: 'Daily digest off. `/digest set` turns it on again.',
    flags: MessageFlags.Ephemeral,
  });
}

/** Zone names for the `timezone` option, matching what was typed (≤ 25). */
export function timeZoneChoices(typed: string): Array<{ name: string; value: string }> {
  const needle = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone')];
  return zones
    .filter((z) => z.toLowerCase().includes(needle))
    .slice(0, 25)
    .map((z) => ({ name: z, value: z }));
}

function describe(s: DigestSettings, now: Date): string {
  const next = nextSlot(s, now);
  const when = `<t:${Math.floor(next.at.getTime() / 1000)}:F>`;
  return `Posts in <#${s.channelId}> every day at ${s.time} (${s.timezone}), up to ${s.stories} stories from the day before${s.announceEmpty ? ', and says so on a day without news' : ''}. Next: ${when}, covering ${next.date}.`;
}

/** The channel must be a text channel the bot can see and post in (when Discord told us about it). */
function checkChannel(interaction: ChatInputCommandInteraction, channelId: string): void {
  const channel = interaction.guild?.channels.cache.get(channelId);
  if (!channel) return;
  if (!channel.isTextBased()) throw new UserError('Pick a text channel for the digest.');
  const me = interaction.guild?.members.me;
  const perms = me ? channel.permissionsFor(me) : null;
  if (perms && !perms.has([PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages])) {
    throw new UserError(
      `I cannot post in <#${channelId}>: I need View Channel and Send Messages there.`,
      'forbidden',
    );
  }
}
