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
  speakerOption,
  untilOption,
} from '../src/discord/answer-command.js';

const options = {
  query: queryOption,
  article: articleOption,
  speaker: speakerOption,
  since: sinceOption,
  until: untilOption,
  outlet: outletOption,
  public: publicOption,
} as const;

/** /whosaid: who said what about a topic, grouped by speaker, quotes verbatim and cited. */
export default {
  data: withOptions(
    new SlashCommandBuilder()
      .setName('whosaid')
      .setDescription('Who said what about a topic: verbatim quotes grouped by speaker, with sources')
      .setContexts(InteractionContextType.Guild),
    options,
  ),
  execute: (interaction, ctx) => executeAnswer(interaction, ctx, 'quotes', readOptions(interaction, options)),
  autocomplete: answerAutocomplete,
} satisfies Command;
