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

/** /summarize: a short summary of what the stored articles say, every sentence cited. */
export default {
  data: withOptions(
    new SlashCommandBuilder()
      .setName('summarize')
      .setDescription('Summarise what the stored articles say about a topic, with sources')
      .setContexts(InteractionContextType.Guild),
    options,
  ),
  execute: (interaction, ctx) =>
    executeAnswer(interaction, ctx, 'summary', readOptions(interaction, options)),
  autocomplete: answerAutocomplete,
} satisfies Command;
