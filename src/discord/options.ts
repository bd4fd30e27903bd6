import type { Attachment, ChatInputCommandInteraction, SharedSlashCommandOptions } from 'discord.js';

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
export type OptionSpec = StringSpec | BooleanSpec | IntegerSpec | AttachmentSpec;
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends StringSpec
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
            : o.getAttachment(name);
    out[name] = value ?? undefined;
  }
  return out as OptionValues<T>;
}
