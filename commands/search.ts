import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { readOptions, withOptions } from '../src/discord/options.js';
import { answerAutocomplete, outletOption, sinceOption, untilOption } from '../src/discord/answer-command.js';
import { readDateRange } from '../src/discord/date-options.js';
import { stringOption } from '../src/discord/options.js';
import { renderSearchEmbed } from '../src/discord/render/search-embeds.js';

const options = {
  query: stringOption('Words to find in the stored articles', { required: true, maxLength: 300 }),
  since: sinceOption,
  until: untilOption,
  outlet: outletOption,
} as const;

/** /search: the stored articles matching some words, with snippets and ids; shown only to the asker. */
export default {
  data: withOptions(
    new SlashCommandBuilder()
      .setName('search')
      .setDescription('Find stored articles by words, with snippets and ids')
      .setContexts(InteractionContextType.Guild),
    options,
  ),
  async execute(interaction, ctx) {
    const o = readOptions(interaction, options);
    const dates = await readDateRange(ctx, interaction.guildId, o);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const hits = await ctx.store.search({
      text: o.query,
      guild: interaction.guildId ?? undefined,
      outlet: o.outlet,
      ...dates,
      limit: 10,
    });
    await interaction.editReply({ embeds: [renderSearchEmbed(o.query, hits)] });
  },
  autocomplete: answerAutocomplete,
} satisfies Command;
