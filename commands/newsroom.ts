import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { helpEmbed } from '../src/discord/render/help-embed.js';

/** /newsroom help: a short guide to the commands. */
export default {
  data: new SlashCommandBuilder()
    .setName('newsroom')
    .setDescription('About this bot')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) => s.setName('help').setDescription('A short guide to the commands')),
  rateLimited: false,
  async execute(interaction, ctx) {
    const stats = await ctx.store.stats({ guild: interaction.guildId ?? undefined });
    await interaction.reply({
      embeds: [helpEmbed({ articles: stats.articles, outlets: stats.outlets, newest: stats.newest })],
      flags: MessageFlags.Ephemeral,
    });
  },
} satisfies Command;
