import type { Interaction } from 'discord.js';
import { isUserError } from '../errors.js';
import type { Logger } from '../log.js';
import { replyEphemeral } from './interaction-helpers.js';

/** What the user sees for an unexpected error: no detail, no stack, only a reference to find the log line. */
export function genericErrorMessage(interactionId: string): string {
  return `Something went wrong on our side, sorry. It has been logged (reference ${interactionId}); please try again in a moment.`;
}

/**
 * The one place errors become replies: a UserError's own short message, ephemeral; anything
 * else is logged with the interaction id and answered with a generic line. Never throws.
 */
export async function reportError(interaction: Interaction, err: unknown, log: Logger): Promise<void> {
  const user = isUserError(err);
  if (!user) {
    log.error(
      {
        err,
        interactionId: interaction.id,
        guildId: interaction.guildId,
        userId: interaction.user.id,
        what: describe(interaction),
      },
      'interaction failed',
    );
  }
  if (!interaction.isRepliable()) return;
  const message = user ? (err as Error).message : genericErrorMessage(interaction.id);
  try {
    await replyEphemeral(interaction, message);
  } catch (replyErr) {
    log.warn({ err: replyErr, interactionId: interaction.id }, 'could not send the error reply');
  }
}

function describe(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName}`;
  if (interaction.isButton()) return `button ${interaction.customId.slice(0, 40)}`;
  if (interaction.isAutocomplete()) return `autocomplete /${interaction.commandName}`;
  return `interaction type ${interaction.type}`;
}
