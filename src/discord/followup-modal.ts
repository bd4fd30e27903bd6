import {
  LabelBuilder,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import { MAX_QUESTION_CHARS } from '../answers/ask/question-request.js';
import { SESSION_KEY } from './answer-sessions.js';

/** The custom id of the modal's one text field. */
export const QUESTION_FIELD = 'question';

/** `nrq:<session key>`: the modal asking a follow-up question on one answer. */
export function questionModalId(key: string): string {
  return `nrq:${key}`;
}

/** The session key of a follow-up modal id; null when it is not one of ours. */
export function parseQuestionModalId(id: string): string | null {
  const m = /^nrq:([a-z2-7]+)$/.exec(id);
  return m && SESSION_KEY.test(m[1]!) ? m[1]! : null;
}

/** The Ask button's modal: one paragraph field of at most MAX_QUESTION_CHARS characters. */
export function questionModal(key: string): APIModalInteractionResponseCallbackData {
  return new ModalBuilder()
    .setCustomId(questionModalId(key))
    .setTitle('Ask about these sources')
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('Your question')
        .setDescription('Answered only from the articles this answer read')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(QUESTION_FIELD)
            .setStyle(TextInputStyle.Paragraph)
            .setPlaceholder('e.g. When is the bridge expected to reopen?')
            .setMaxLength(MAX_QUESTION_CHARS)
            .setRequired(true),
        ),
    )
    .toJSON();
}
