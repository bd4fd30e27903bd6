import {
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { UserError } from '../errors.js';

/**
 * Helpers every command file may use. Kept here so command files stay declarations plus a
 * thin handler.
 */

/** Throws a UserError unless the member has Manage Server (checked server-side, whatever Discord's UI allowed). */
export function requireManageGuild(interaction: RepliableInteraction): void {
  if (!interaction.inGuild()) throw new UserError('This command only works inside a server.', 'forbidden');
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserError('You need the Manage Server permission for this.', 'forbidden');
  }
}

/** The store scope of an interaction: its server id (global articles plus that server's), or undefined in DMs. */
export function guildScope(interaction: RepliableInteraction): string | undefined {
  return interaction.guildId ?? undefined;
}

/** Sends a short ephemeral message, whatever state the interaction is in. Mentions never ping. */
export async function replyEphemeral(interaction: RepliableInteraction, content: string): Promise<void> {
  const payload = {
    content: content.slice(0, 2000),
    allowedMentions: { parse: [] },
    embeds: [],
    components: [],
  };
  if (interaction.deferred && interaction.ephemeral) {
    await interaction.editReply(payload);
  } else if (interaction.deferred || interaction.replied) {
    // The deferred reply may be public: delete it so the error stays between us and the user.
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
  }
}

/** Whether an answer should be ephemeral: `public:false` makes it so; answers are public by default. */
export function isEphemeralAnswer(interaction: ChatInputCommandInteraction): boolean {
  return interaction.options.getBoolean('public') === false;
}
