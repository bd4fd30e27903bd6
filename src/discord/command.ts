import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './bot-context.js';

/**
 * The command-file contract. Every file in `commands/` is named after its command
 * (`commands/summarize.ts` → `/summarize`) and default-exports one `Command`:
 *
 * ```ts
 * const options = { query: stringOption('What to summarise', { required: true }) } as const;
 * export default {
 *   data: withOptions(new SlashCommandBuilder().setName('summarize').setDescription('…'), options),
 *   async execute(interaction, ctx) { const o = readOptions(interaction, options); … },
 * } satisfies Command;
 * ```
 *
 * The loader throws naming the file when the export is malformed or the name does not match.
 * Commands with `setDefaultMemberPermissions(...)` are checked again by the router on the
 * server side (server admins can override Discord's default); a subcommand that alone needs
 * Manage Server calls `requireManageGuild(interaction)` itself.
 */
export interface Command {
  /** A SlashCommandBuilder (or anything with a name and the API JSON): the single source for deploy and routing. */
  data: CommandData;
  /** Counted against the per-user and per-server rate limits (default true). */
  rateLimited?: boolean;
  /** Handles the slash command. Throw `UserError` for a short ephemeral message; anything else is logged. */
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  /** Answers autocomplete for this command's options (≤ 25 choices, names and values ≤ 100 chars). */
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** What the loader and deploy need from a command definition (SlashCommandBuilder satisfies it). */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}
