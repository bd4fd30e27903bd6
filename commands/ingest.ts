import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { ingest } from '../src/articles/ingest.js';
import { UserError } from '../src/errors.js';
import type { Command } from '../src/discord/command.js';
import { requireManageGuild } from '../src/discord/interaction-helpers.js';
import { attachmentOption, readOptions, stringOption, withOptions } from '../src/discord/options.js';
import { createProgressEditor } from '../src/discord/progress.js';
import { ingestReportText, webAddress } from '../src/discord/render/ingest-report.js';

const options = {
  url: stringOption('A page or feed address (https://…)', { maxLength: 500 }),
  attachment: attachmentOption('A .txt, .md, .json or .html file of articles'),
} as const;

/** /ingest url|attachment: adds articles to this server's own scope (Manage Server). */
export default {
  data: withOptions(
    new SlashCommandBuilder()
      .setName('ingest')
      .setDescription('Add articles from a page, feed or file, for this server only')
      .setContexts(InteractionContextType.Guild)
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
    options,
  ),
  async execute(interaction, ctx) {
    requireManageGuild(interaction);
    const o = readOptions(interaction, options);
    if (Boolean(o.url) === Boolean(o.attachment))
      throw new UserError('Give either a url or an attachment (one of them).');
    if (o.attachment && o.attachment.size > ctx.config.maxInputBytes) {
      throw new UserError(
        `That file is ${Math.ceil(o.attachment.size / 1024)} KB; the limit is ${Math.floor(ctx.config.maxInputBytes / 1024)} KB.`,
      );
    }
    // Only web addresses: a path typed here must never reach the file reader.
    const input = webAddress(o.url ?? o.attachment!.url);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const progress = createProgressEditor((content) => interaction.editReply({ content }), { log: ctx.log });
    const report = await ingest(ctx, [input], {
      scope: interaction.guildId!,
      onProgress: (done, total) => progress.show(`Adding articles… ${done} of ${total}`),
    }).finally(() => progress.stop());
    await interaction.editReply({ content: ingestReportText(report) });
  },
} satisfies Command;
