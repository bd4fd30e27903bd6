import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { requireManageGuild } from '../src/discord/interaction-helpers.js';
import { readSubcommand, stringOption, withSubcommands } from '../src/discord/options.js';
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

const subcommands = {
  add: { description: 'Add a feed and read it now', options: addOptions },
  list: { description: "This server's feeds and their health" },
  remove: { description: 'Stop reading a feed (its articles stay)', options: removeOptions },
} as const;

/** /feeds add | list | remove: feeds polled into this server's own articles (Manage Server). */
export default {
  data: withSubcommands(
    new SlashCommandBuilder()
      .setName('feeds')
      .setDescription("Feeds read automatically into this server's articles")
      .setContexts(InteractionContextType.Guild)
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
    subcommands,
  ),
  async execute(interaction, ctx) {
    requireManageGuild(interaction);
    const chosen = readSubcommand(interaction, subcommands);
    switch (chosen.subcommand) {
      case 'add':
        return addServerFeed(interaction, ctx, chosen.options.url);
      case 'list':
        return listServerFeeds(interaction, ctx);
      case 'remove':
        return removeServerFeed(interaction, ctx, chosen.options.feed);
    }
  },
  autocomplete: feedChoices,
} satisfies Command;
