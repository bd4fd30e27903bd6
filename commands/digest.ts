import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { requireManageGuild } from '../src/discord/interaction-helpers.js';
import {
  booleanOption,
  channelOption,
  integerOption,
  readSubcommand,
  stringOption,
  withSubcommands,
} from '../src/discord/options.js';
import {
  digestOff,
  previewDigest,
  setDigest,
  showDigest,
  timeZoneChoices,
} from '../src/discord/digest/handlers.js';
import { MAX_DIGEST_STORIES } from '../src/digest/settings.js';

const setOptions = {
  time: stringOption('Local time to post, 24-hour HH:MM (e.g. 08:00)', { required: true, maxLength: 5 }),
  timezone: stringOption('IANA time zone, e.g. Europe/Berlin or America/New_York', {
    required: true,
    autocomplete: true,
    maxLength: 64,
  }),
  stories: integerOption(`Stories at most (1-${MAX_DIGEST_STORIES}, default 5)`, {
    min: 1,
    max: MAX_DIGEST_STORIES,
  }),
  announce_empty: booleanOption('Post a short note on a day without new articles (default: post nothing)'),
} as const;

const subcommands = {
  set: {
    description: 'Post a digest every day in a channel at a local time',
    options: { channel: channelOption('Where to post', { required: true }), ...setOptions },
  },
  show: { description: 'The digest settings and the last few digests' },
  preview: { description: "Today's digest so far, only for you" },
  off: { description: 'Stop posting the digest' },
} as const;

/** /digest set | show | preview | off: the server's daily digest of stories (Manage Server). */
export default {
  data: withSubcommands(
    new SlashCommandBuilder()
      .setName('digest')
      .setDescription("This server's daily digest of the day's stories")
      .setContexts(InteractionContextType.Guild)
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
    subcommands,
  ),
  rateLimited: true,
  async execute(interaction, ctx) {
    requireManageGuild(interaction);
    const chosen = readSubcommand(interaction, subcommands);
    switch (chosen.subcommand) {
      case 'set':
        return setDigest(interaction, ctx, chosen.options);
      case 'show':
        return showDigest(interaction, ctx);
      case 'preview':
        return previewDigest(interaction, ctx);
      case 'off':
        return digestOff(interaction, ctx);
    }
  },
  async autocomplete(interaction) {
    await interaction.respond(timeZoneChoices(String(interaction.options.getFocused())));
  },
} satisfies Command;
