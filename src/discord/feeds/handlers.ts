import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { safeText, truncate } from '../render/escape.js';
import { UserError } from '../../errors.js';
import { feedHealth } from '../../feeds/health.js';
import { addFeed, listFeeds, removeFeed } from '../../feeds/service.js';

const STATE_MARK = { ok: '🟢', failing: '🔴', new: '⚪' } as const;
const MAX_CONTENT = 2000;

/** `/feeds add url`: adds a feed to this server's scope and reads it at once (deferred: fetching takes time). */
export async function addServerFeed(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  url: string,
): Promise<void> {
  if (!/^https?:\/\//i.test(url.trim())) throw new UserError('Give the feed’s web address (https://…).');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { feed, poll } = await addFeed(ctx, { scope: interaction.guildId!, url, by: interaction.user.id });
  ctx.log.info({ guildId: interaction.guildId, userId: interaction.user.id, feedId: feed.id }, 'feed added');
  const name = feed.title ? `“${safeText(truncate(feed.title, 100))}”` : 'The feed';
  await interaction.editReply({
    content: `${name} added: ${poll.items} items, ${poll.added} new articles for this server${poll.failedItems ? ` (${poll.failedItems} items could not be read)` : ''}. It is read every ${ctx.config.feeds.pollMinutes} minutes.`,
    allowedMentions: { parse: [] },
  });
}

/** `/feeds list`: this server's feeds with their health. */
export async function listServerFeeds(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  const feeds = await listFeeds(ctx, interaction.guildId!);
  if (feeds.length === 0) throw new UserError('No feeds here yet: add one with /feeds add.', 'not_found');
  const now = ctx.clock.now();
  const blocks: string[] = [];
  let used = 0;
  for (const f of feeds) {
    const h = feedHealth(f, now);
    const block = [
      `${STATE_MARK[h.state]} **${safeText(truncate(f.title ?? f.url, 80))}** \`${f.id}\``,
      `<${f.url.slice(0, 300)}>`,
      h.summary,
      h.error ? safeText(truncate(h.error, 200)) : null,
    ]
      .filter(Boolean)
      .join('\n');
    if (used + block.length + 40 > MAX_CONTENT) {
      blocks.push(`…and ${feeds.length - blocks.length} more.`);
      break;
    }
    blocks.push(block);
    used += block.length + 2;
  }
  await interaction.reply({
    content: blocks.join('\n\n'),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

/** `/feeds remove feed`: stops polling one of this server's feeds; its articles stay. */
export async function removeServerFeed(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  feed: string,
): Promise<void> {
  const removed = await removeFeed(ctx, interaction.guildId!, feed);
  ctx.log.info(
    { guildId: interaction.guildId, userId: interaction.user.id, feedId: removed.id },
    'feed removed',
  );
  await interaction.reply({
    content: `Removed ${safeText(truncate(removed.title ?? removed.url, 100))}. Its articles stay.`,
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

/** Autocomplete for the `feed` option: this server's feeds by title or address. */
export async function feedChoices(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = String(interaction.options.getFocused()).toLowerCase();
  // Only those who may manage feeds see them, whatever a crafted request asks.
  const allowed =
    interaction.guildId !== null &&
    interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true;
  const feeds = allowed ? await listFeeds(ctx, interaction.guildId!) : [];
  const choices = feeds
    .filter(
      (f) => !typed || f.url.toLowerCase().includes(typed) || (f.title ?? '').toLowerCase().includes(typed),
    )
    .slice(0, 25)
    .map((f) => ({ name: truncate(f.title ? `${f.title} — ${f.url}` : f.url, 100), value: f.id }));
  await interaction.respond(choices);
}
