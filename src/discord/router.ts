import { MessageFlags, PermissionsBitField, type Interaction } from 'discord.js';
import type { BotContext } from './bot-context.js';
import type { Command } from './command.js';
import { handleAnswerButton, FOREIGN_MESSAGE } from './answer-button-handler.js';
import { handleFollowUpQuestion } from './followup-flow.js';
import { reportError } from './report-error.js';
import type { CommandLimits } from './rate-limit.js';
import { RESTARTING_MESSAGE, type BotRuntime } from './runtime.js';
import type { AckGate } from './ack-gate.js';

export interface RouterOptions {
  commands: ReadonlyMap<string, Command>;
  ctx: BotContext;
  limits: CommandLimits;
  runtime: BotRuntime;
  acks: AckGate;
}

/**
 * Routes every interaction: slash commands (server-side permission check, rate limits, then the
 * handler), autocomplete, the answer buttons (pages, Sources, Copy, Ask) and the follow-up
 * question modal (rate-limited like a command).
 * Each is tracked for graceful shutdown; errors end in `reportError`.
 */
export function createRouter(options: RouterOptions): (interaction: Interaction) => Promise<void> {
  const { commands, ctx, limits, runtime, acks } = options;
  const required = new Map(
    [...commands].map(([name, c]) => [name, c.data.toJSON().default_member_permissions ?? null]),
  );

  async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      try {
        await command?.autocomplete?.(interaction, ctx);
      } catch (err) {
        ctx.log.warn(
          { err, interactionId: interaction.id, command: interaction.commandName },
          'autocomplete failed',
        );
      }
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      return;
    }
    if (interaction.isChatInputCommand()) {
      if (runtime.stopping())
        return void (await interaction.reply({ content: RESTARTING_MESSAGE, flags: MessageFlags.Ephemeral }));
      const command = commands.get(interaction.commandName);
      if (!command) {
        return void (await interaction.reply({
          content: 'I do not know that command (yet). It may have been removed.',
          flags: MessageFlags.Ephemeral,
        }));
      }
      const needs = required.get(interaction.commandName);
      if (needs && !(interaction.memberPermissions ?? new PermissionsBitField()).has(BigInt(needs))) {
        return void (await interaction.reply({
          content: `You need the ${permissionNames(needs)} permission for /${interaction.commandName}.`,
          flags: MessageFlags.Ephemeral,
        }));
      }
      if (command.rateLimited !== false) {
        const wait = await limits.take(interaction.user.id, interaction.guildId, ctx.clock.now().getTime());
        if (wait) return void (await interaction.reply({ content: wait, flags: MessageFlags.Ephemeral }));
      }
      await command.execute(interaction, ctx);
      return;
    }
    if (interaction.isModalSubmit()) {
      if (runtime.stopping())
        return void (await interaction.reply({ content: RESTARTING_MESSAGE, flags: MessageFlags.Ephemeral }));
      const wait = await limits.take(interaction.user.id, interaction.guildId, ctx.clock.now().getTime());
      if (wait) return void (await interaction.reply({ content: wait, flags: MessageFlags.Ephemeral }));
      return handleFollowUpQuestion(interaction, ctx);
    }
    if (interaction.isButton()) {
      if (interaction.customId.startsWith('nr:')) return handleAnswerButton(interaction, ctx);
      await interaction.reply({ content: FOREIGN_MESSAGE, flags: MessageFlags.Ephemeral });
    }
  }

  return (interaction) => {
    acks.begin(interaction);
    return runtime.track(
      route(interaction)
        .catch((err: unknown) => reportError(interaction, err, ctx.log))
        .finally(() => acks.end(interaction)),
    );
  };
}

function permissionNames(bits: string): string {
  const names = new PermissionsBitField(BigInt(bits))
    .toArray()
    .map((n) => (n === 'ManageGuild' ? 'Manage Server' : n.replace(/([a-z])([A-Z])/g, '$1 $2')));
  return names.join(', ');
}
