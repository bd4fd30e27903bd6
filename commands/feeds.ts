import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { requireManageGuild } from '../src/discord/interaction-helpers.js';
import { readOptions, stringOption, withOptions } from '../src/discord/options.js';
import {
  addServerFeed,
  feedChoices,
  listServerFeeds,
  removeServerFeed,
} from '../src/discord/feeds/handlers.js';

const addOptions = {
  url: stringOption('The RSS or Atom feed address (https://…)', { required: true, maxLength: 500 }),
} as const;
const removeOptions = {
  feed: stringOption('The feed (start typing its title or address)', {
    required: true,
    autocomplete: true,
    maxLength: 100,
  }),
} as const;

/** /feeds add | list | remove: feeds polled into this server's own articles (Manage Server). */
export default {
  data: new SlashCommandBuilder()
    .setName('feeds')
    .setDescription("Feeds read automatically into this server's articles")
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      withOptions(s.setName('add').setDescription('Add a feed and read it now'), addOptions),
    )
    .addSubcommand((s) => s.setName('list').setDescription("This server's feeds and their health"))
    .addSubcommand((s) =>
      withOptions(
        s.setName('remove').setDescription('Stop reading a feed (its articles stay)'),
        removeOptions,
      ),
    ),
  async execute(interaction, ctx) {
    requireManageGuild(interaction);
    switch (interaction.options.getSubcommand(true)) {
      case 'add':
        return addServerFeed(interaction, ctx, readOptions(interaction, addOptions).url);
      case 'list':
        return listServerFeeds(interaction, ctx);
      default:
        return removeServerFeed(interaction, ctx, readOptions(interaction, removeOptions).feed);
    }
  },
  autocomplete: feedChoices,
} satisfies Command;
