import type {
  ApplicationCommandOptionAllowedChannelTypes,
  Attachment,
  ChatInputCommandInteraction,
  SharedSlashCommandOptions,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
} from 'discord.js';
import { ChannelType } from 'discord.js';

/**
 * Slash-command options declared once as data: `withOptions` adds them to a builder and
 * `readOptions` reads them back with types derived from the same declaration, so a handler
 * never re-declares what an option is.
 */
interface BaseSpec {
  description: string;
  required?: boolean;
}
export interface StringSpec extends BaseSpec {
  type: 'string';
  autocomplete?: boolean;
  maxLength?: number;
  choices?: ReadonlyArray<{ name: string; value: string }>;
}
export interface BooleanSpec extends BaseSpec {
  type: 'boolean';
}
export interface IntegerSpec extends BaseSpec {
  type: 'integer';
  min?: number;
  max?: number;
}
export interface AttachmentSpec extends BaseSpec {
  type: 'attachment';
}
/** A channel of the server; its value is the channel id. */
export interface ChannelSpec extends BaseSpec {
  type: 'channel';
  /** Default: text and announcement channels. */
  channelTypes?: readonly ApplicationCommandOptionAllowedChannelTypes[];
}
export type OptionSpec = StringSpec | BooleanSpec | IntegerSpec | AttachmentSpec | ChannelSpec;
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends StringSpec
  ? S extends { choices: ReadonlyArray<{ value: infer V }> }
    ? V
    : string
  : S extends ChannelSpec
    ? string
    : S extends BooleanSpec
      ? boolean
      : S extends IntegerSpec
        ? number
        : Attachment;

/** The option values a handler receives: required options are present, the others may be undefined. */
export type OptionValues<T extends OptionSpecs> = {
  -readonly [K in keyof T]: T[K] extends { required: true } ? ValueOf<T[K]> : ValueOf<T[K]> | undefined;
};

type Extra<S extends OptionSpec> = Omit<S, 'type' | 'description'>;

export const stringOption = <const E extends Extra<StringSpec>>(description: string, extra?: E) =>
  ({ type: 'string', description, ...extra }) as { type: 'string'; description: string } & E;
export const booleanOption = <const E extends Extra<BooleanSpec>>(description: string, extra?: E) =>
  ({ type: 'boolean', description, ...extra }) as { type: 'boolean'; description: string } & E;
export const integerOption = <const E extends Extra<IntegerSpec>>(description: string, extra?: E) =>
  ({ type: 'integer', description, ...extra }) as { type: 'integer'; description: string } & E;
export const attachmentOption = <const E extends Extra<AttachmentSpec>>(description: string, extra?: E) =>
  ({ type: 'attachment', description, ...extra }) as { type: 'attachment'; description: string } & E;
export const channelOption = <const E extends Extra<ChannelSpec>>(description: string, extra?: E) =>
  ({ type: 'channel', description, ...extra }) as { type: 'channel'; description: string } & E;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyOptionsBuilder = SharedSlashCommandOptions<any>;

/** Adds the declared options to a command or subcommand builder (required ones first, as Discord demands). */
export function withOptions<B extends AnyOptionsBuilder>(builder: B, specs: OptionSpecs): B {
  const entries = Object.entries(specs).sort(
    ([, a], [, b]) => Number(b.required ?? false) - Number(a.required ?? false),
  );
  for (const [name, spec] of entries) addOption(builder, name, spec);
  return builder;
}

function addOption(builder: AnyOptionsBuilder, name: string, spec: OptionSpec): void {
  const required = spec.required ?? false;
  switch (spec.type) {
    case 'string':
      builder.addStringOption((o) => {
        o.setName(name).setDescription(spec.description).setRequired(required);
        if (spec.maxLength !== undefined) o.setMaxLength(spec.maxLength);
        if (spec.choices) o.addChoices(...spec.choices);
        else if (spec.autocomplete) o.setAutocomplete(true);
        return o;
      });
      return;
    case 'boolean':
      builder.addBooleanOption((o) => o.setName(name).setDescription(spec.description).setRequired(required));
      return;
    case 'integer':
      builder.addIntegerOption((o) => {
        o.setName(name).setDescription(spec.description).setRequired(required);
        if (spec.min !== undefined) o.setMinValue(spec.min);
        if (spec.max !== undefined) o.setMaxValue(spec.max);
        return o;
      });
      return;
    case 'attachment':
      builder.addAttachmentOption((o) =>
        o.setName(name).setDescription(spec.description).setRequired(required),
      );
      return;
    case 'channel':
      builder.addChannelOption((o) =>
        o
          .setName(name)
          .setDescription(spec.description)
          .setRequired(required)
          .addChannelTypes(...(spec.channelTypes ?? [ChannelType.GuildText, ChannelType.GuildAnnouncement])),
      );
      return;
  }
}

/** Reads the declared options from an interaction, typed by the declaration. */
export function readOptions<T extends OptionSpecs>(
  interaction: ChatInputCommandInteraction,
  specs: T,
): OptionValues<T> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const o = interaction.options;
    const value =
      spec.type === 'string'
        ? o.getString(name)
        : spec.type === 'boolean'
          ? o.getBoolean(name)
          : spec.type === 'integer'
            ? o.getInteger(name)
            : spec.type === 'channel'
              ? channelId(o.get(name)?.value)
              : o.getAttachment(name);
    // Discord enforces both; a request that breaks them is not the user's doing, so it is an
    // internal error here rather than a value the handlers would have to guard against.
    if (spec.required && value === null) throw new Error(`required option ${name} is missing`);
    if (
      spec.type === 'string' &&
      spec.choices &&
      value !== null &&
      !spec.choices.some((c) => c.value === value)
    )
      throw new Error(`option ${name} has a value that is not one of its choices`);
    out[name] = value ?? undefined;
  }
  return out as OptionValues<T>;
}

// A channel option's value is the channel's id: read it as given, whether or not Discord sent the
// channel's details along (which needs the bot to see the channel).
function channelId(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** One subcommand: its description and options. */
export interface SubcommandSpec {
  description: string;
  options?: OptionSpecs;
}
export type SubcommandSpecs = Readonly<Record<string, SubcommandSpec>>;

/** The subcommand a user chose, with its option values typed by its declaration. */
export type SubcommandValues<T extends SubcommandSpecs> = {
  [K in keyof T & string]: {
    subcommand: K;
    options: T[K] extends { options: infer O extends OptionSpecs } ? OptionValues<O> : Record<string, never>;
  };
}[keyof T & string];

/** Adds the declared subcommands (with their options) to a command builder. */
export function withSubcommands<B extends SlashCommandBuilder>(builder: B, specs: SubcommandSpecs): B {
  for (const [name, spec] of Object.entries(specs)) {
    builder.addSubcommand((s: SlashCommandSubcommandBuilder) =>
      withOptions(s.setName(name).setDescription(spec.description), spec.options ?? {}),
    );
  }
  return builder;
}

/** Reads which declared subcommand was used and its options; an undeclared one is an internal error. */
export function readSubcommand<T extends SubcommandSpecs>(
  interaction: ChatInputCommandInteraction,
  specs: T,
): SubcommandValues<T> {
  const name = interaction.options.getSubcommand(true);
  const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
  if (!spec) throw new Error(`/${interaction.commandName} has no subcommand "${name.slice(0, 40)}"`);
  return { subcommand: name, options: readOptions(interaction, spec.options ?? {}) } as SubcommandValues<T>;
}
