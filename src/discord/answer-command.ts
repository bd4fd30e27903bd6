import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { AnswerKind } from '../answers/answer.js';
import { UserError } from '../errors.js';
import type { BotContext, Choice } from './bot-context.js';
import { runAnswer } from './answer-flow.js';
import { answerRequestFrom } from '../answers/request-from-input.js';
import { booleanOption, stringOption } from './options.js';

/** Options shared by /summarize, /timeline and /whosaid (and the filters of /search). */
export const queryOption = stringOption('What to look for, e.g. "north korea arms"', {
  required: true,
  maxLength: 300,
});
/** /whosaid: the query may be left out when a speaker is given (their whole record). */
export const recordQueryOption = stringOption(
  'What to look for; leave empty with a speaker for everything they said',
  { maxLength: 300 },
);
export const articleOption = stringOption('Answer from this stored article only (start typing its title)', {
  autocomplete: true,
  maxLength: 100,
});
export const sinceOption = stringOption('From this date: YYYY-MM-DD or words like "last week"', {
  maxLength: 60,
});
export const untilOption = stringOption('Up to this date: YYYY-MM-DD or words like "yesterday"', {
  maxLength: 60,
});
export const outletOption = stringOption('Only articles from this outlet', {
  autocomplete: true,
  maxLength: 100,
});
export const publicOption = booleanOption('Post in the channel (default) or, with false, show only to you');
export const storyOption = stringOption(
  'Answer over one story: every outlet that covered it (start typing)',
  { autocomplete: true, maxLength: 100 },
);
export const speakerOption = stringOption('Only what this person or organisation said', {
  autocomplete: true,
  maxLength: 100,
});

/** The option values an answer command passes on. */
export interface AnswerCommandValues {
  query: string;
  article?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  outlet?: string | undefined;
  speaker?: string | undefined;
  /** A story id: answer over the whole story. */
  story?: string | undefined;
  public?: boolean | undefined;
}

/**
 * Checks the options (dates read in the server's time zone; a pinned article must be visible in
 * this server), then runs the answer flow. Validation happens before deferring, so a bad option
 * gets a direct ephemeral reply.
 */
export async function executeAnswer(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  kind: AnswerKind,
  values: AnswerCommandValues,
): Promise<void> {
  const guild = interaction.guildId ?? undefined;
  const request = answerRequestFrom(
    { ...values, kind, articles: values.article ? [values.article] : [], guild },
    { now: ctx.clock.now(), timeZone: await ctx.timeZone(interaction.guildId) },
  );
  if (values.article && !(await ctx.store.get(values.article, { guild }))) {
    throw new UserError(
      `No stored article "${values.article.slice(0, 60)}" is visible in this server. Pick one from the list as you type.`,
      'not_found',
    );
  }
  await runAnswer(interaction, ctx, request, { ephemeral: values.public === false });
}

/** Autocomplete for `article`, `outlet` and `speaker` options, from the store of this server's scope. */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  ctx: BotContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  const guild = interaction.guildId;
  let choices: Choice[] = [];
  if (focused.name === 'article') choices = await ctx.lookups.articles(guild, typed);
  else if (focused.name === 'outlet') choices = await ctx.lookups.outlets(guild, typed);
  else if (focused.name === 'speaker') choices = await ctx.lookups.speakers(guild, typed);
  else if (focused.name === 'story') choices = await ctx.lookups.stories(guild, typed);
  await interaction.respond(choices);
}
