import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { readOptions, withOptions } from '../src/discord/options.js';
import {
  answerAutocomplete,
  articleOption,
  executeAnswer,
  outletOption,
  publicOption,
  recordQueryOption,
  sinceOption,
  speakerOption,
  untilOption,
} from '../src/discord/answer-command.js';

const options = {
  query: recordQueryOption,
  article: articleOption,
  speaker: speakerOption,
  since: sinceOption,
  until: untilOption,
  outlet: outletOption,
  public: publicOption,
} as const;

/**
 * /whosaid: who said what about a topic, grouped by speaker, quotes verbatim and cited; with only a
 * speaker, that speaker's record (everything stored they said, by story, in date order).
 */
export default {
  data: withOptions(
    new SlashCommandBuilder()
      .setName('whosaid')
      .setDescription('Who said what about a topic: verbatim quotes grouped by speaker, with sources')
      .setContexts(InteractionContextType.Guild),
    options,
  ),
  execute: (interaction, ctx) => {
    const values = readOptions(interaction, options);
    return executeAnswer(interaction, ctx, 'quotes', { ...values, query: values.query ?? '' });
  },
  autocomplete: answerAutocomplete,
} satisfies Command;
