import { MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import { questionRequestFrom } from '../answers/ask/question-request.js';
import { EXPIRED_MESSAGE, FOREIGN_MESSAGE } from './answer-button-handler.js';
import { answerButtons } from './answer-buttons.js';
import { askEngine, type EngineOutcome } from './answer-flow.js';
import type { AnswerSession } from './answer-sessions.js';
import type { BotContext } from './bot-context.js';
import { findSession, trackPostedAnswer } from './corrections/posted.js';
import { parseQuestionModalId, QUESTION_FIELD } from './followup-modal.js';
import { followUpPlace, postInThread, startFollowUpThread } from './followup-threads.js';
import { createProgressEditor } from './progress.js';
import { renderAnswerPages } from './render/answer-embeds.js';
import { RESTARTING_MESSAGE } from './runtime.js';

/**
 * A follow-up question submitted from an answer's Ask modal: answered from the articles that answer
 * read (pinned, in full, within this server's scope), in a thread under the answer when the bot may
 * post one there, privately otherwise. The reply to the modal is private either way: progress, then
 * the answer itself or a pointer to the thread.
 */
export async function handleFollowUpQuestion(
  interaction: ModalSubmitInteraction,
  ctx: BotContext,
  options: { progressIntervalMs?: number } = {},
): Promise<void> {
  const key = parseQuestionModalId(interaction.customId);
  const session = key ? await findSession(ctx, key) : undefined;
  if (!key) return void (await privately(interaction, FOREIGN_MESSAGE));
  if (!session) return void (await privately(interaction, EXPIRED_MESSAGE));
  if (session.guildId !== interaction.guildId) return void (await privately(interaction, FOREIGN_MESSAGE));
  const question = interaction.fields.getTextInputValue(QUESTION_FIELD);
  // Validated before deferring, so a bad question gets a direct reply.
  const request = questionRequestFrom({
    question,
    articles: session.articles,
    guild: interaction.guildId ?? undefined,
  });

  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const progress = createProgressEditor((content) => interaction.editReply({ content }), {
    intervalMs: options.progressIntervalMs ?? 1000,
    log: ctx.log,
  });
  let outcome: EngineOutcome;
  try {
    outcome = await askEngine(ctx, request, progress);
  } catch (err) {
    await progress.stop();
    if (ctx.shutdownSignal.aborted)
      return void (await interaction.editReply({ content: RESTARTING_MESSAGE }));
    throw err;
  }
  await progress.stop();
  await deliver(interaction, ctx, session, outcome, request.query);
}

async function deliver(
  interaction: ModalSubmitInteraction,
  ctx: BotContext,
  parent: AnswerSession,
  { answer, read }: EngineOutcome,
  question: string,
): Promise<void> {
  const pages = renderAnswerPages(answer, { read });
  const place = followUpPlace(interaction, parent);
  const session = ctx.sessions.create({
    answer,
    guildId: interaction.guildId,
    userId: interaction.user.id,
    read,
    articles: parent.articles,
    ephemeral: place.kind === 'ephemeral',
    messageId: null,
    channelId: null,
    threadId: null,
  });
  const message = { embeds: pages[0] ?? [], components: answerButtons(session.key, 0, pages.length) };
  if (place.kind !== 'ephemeral') {
    try {
      const threadId =
        place.kind === 'thread' ? place.threadId : await startFollowUpThread(interaction, place, question);
      parent.threadId = threadId;
      const posted = await postInThread(interaction, threadId, message);
      Object.assign(session, { messageId: posted.id, channelId: threadId, threadId });
      await trackPostedAnswer(ctx, session, interaction.id);
      await interaction.editReply({ content: `Answered in the thread <#${threadId}>.` });
      return;
    } catch (err) {
      // A thread the bot cannot start or post in (deleted, archived, permissions changed): answer here.
      ctx.log.warn({ err, interactionId: interaction.id }, 'could not answer the follow-up in a thread');
      session.ephemeral = true;
    }
  }
  await interaction.editReply({ content: '', ...message });
}

async function privately(interaction: ModalSubmitInteraction, content: string): Promise<void> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral });
}
