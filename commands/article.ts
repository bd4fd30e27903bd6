import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import type { Command } from '../src/discord/command.js';
import { answerAutocomplete } from '../src/discord/answer-command.js';
import { replyEphemeral, requireManageGuild } from '../src/discord/interaction-helpers.js';
import { readSubcommand, stringOption, withSubcommands } from '../src/discord/options.js';
import { renderArticleEmbed } from '../src/discord/render/article-embed.js';
import { safeText, truncate } from '../src/discord/render/escape.js';

const options = {
  article: stringOption('The article (start typing its title, or paste its id)', {
    required: true,
    autocomplete: true,
    maxLength: 100,
  }),
} as const;

const subcommands = {
  show: { description: "One stored article's details and link", options },
  remove: { description: "Remove one of this server's own articles (Manage Server)", options },
} as const;

/** /article show | remove: one stored article's details and link; removing needs Manage Server and only touches this server's own articles. */
export default {
  data: withSubcommands(
    new SlashCommandBuilder()
      .setName('article')
      .setDescription('Show or remove one stored article')
      .setContexts(InteractionContextType.Guild),
    subcommands,
  ),
  async execute(interaction, ctx) {
    const { subcommand: sub, options: o } = readSubcommand(interaction, subcommands);
    const id = o.article;
    const guild = interaction.guildId ?? undefined;
    if (sub === 'remove') requireManageGuild(interaction);
    const article = await ctx.store.get(id, { guild });
    if (!article)
      throw new UserError(`No stored article "${id.slice(0, 60)}" is visible in this server.`, 'not_found');
    if (sub === 'show') {
      await interaction.reply({
        embeds: [
          renderArticleEmbed(article, interaction.guildId, {
            versions: await ctx.store.versions(article.id, { guild: interaction.guildId ?? undefined }),
          }),
        ],
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    if (article.scope !== interaction.guildId) {
      throw new UserError(
        'That article is shared by every server; only articles this server added can be removed here.',
        'forbidden',
      );
    }
    await ctx.store.remove(article.id, { guild });
    ctx.log.info(
      { guildId: interaction.guildId, userId: interaction.user.id, articleId: article.id },
      'article removed',
    );
    await replyEphemeral(
      interaction,
      `Removed “${safeText(truncate(article.title, 150))}” from this server's articles.`,
    );
  },
  autocomplete: answerAutocomplete,
} satisfies Command;
