import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { readOptions, withOptions } from '../src/discord/options.js';
import {
  answerAutocomplete,
  articleOption,
  executeAnswer,
  outletOption,
  publicOption,
  queryOption,
  sinceOption,
  storyOption,
  untilOption,
} from '../src/discord/answer-command.js';

const options = {
  query: queryOption,
  article: articleOption,
  since: sinceOption,
  until: untilOption,
  outlet: outletOption,
  story: storyOption,
  public: publicOption,
} as const;

/** /timeline: dated events about a topic, in order, each cited. */
export default {
  data: withOptions(
    new SlashCommandBuilder()
      .setName('timeline')
      .setDescription('A dated timeline of events from the stored articles, with sources')
      .setContexts(InteractionContextType.Guild),
    options,
  ),
  execute: (interaction, ctx) =>
    executeAnswer(interaction, ctx, 'timeline', readOptions(interaction, options)),
  autocomplete: answerAutocomplete,
} satisfies Command;
