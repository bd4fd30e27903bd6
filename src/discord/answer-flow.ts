import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { AnswerRequest, VerifiedAnswer } from '../answers/answer.js';
import type { BotContext } from './bot-context.js';
import { answerButtons } from './answer-buttons.js';
import { deliverAnswer } from './deliver-answer.js';
import { createProgressEditor, readingMessage, streamingMessage, type ProgressEditor } from './progress.js';
import { renderAnswerPages } from './render/answer-embeds.js';
import { RESTARTING_MESSAGE } from './runtime.js';

/** Options of one answer command run. */
export interface RunAnswerOptions {
  /** `public:false`: only the asker sees the answer. */
  ephemeral: boolean;
  /** Minimum time between progress edits (default 1000 ms). */
  progressIntervalMs?: number;
}

/**
 * The flow of /summarize, /timeline and /whosaid once the options are valid: defer at once
 * (Discord allows 3 s), show progress by editing the reply at most about once a second
 * ("Reading 7 articles from 3 outlets…", then the answer forming as it streams), then the first
 * page of embeds with its buttons. Errors propagate to the router, which answers ephemerally.
 */
export async function runAnswer(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  req: AnswerRequest,
  options: RunAnswerOptions,
): Promise<void> {
  await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const progress = createProgressEditor((content) => interaction.editReply({ content }), {
    intervalMs: options.progressIntervalMs ?? 1000,
    log: ctx.log,
  });
  let outcome: { answer: VerifiedAnswer; read: number | null };
  try {
    outcome = await askEngine(ctx, req, progress);
  } catch (err) {
    await progress.stop();
    if (ctx.shutdownSignal.aborted) {
      await interaction.editReply({ content: RESTARTING_MESSAGE, embeds: [], components: [] });
      return;
    }
    throw err;
  }
  await progress.stop();
  const { answer, read } = outcome;
  const pages = renderAnswerPages(answer, { read });
  const session = ctx.sessions.create({
    answer,
    guildId: interaction.guildId,
    userId: interaction.user.id,
    read,
  });
  await deliverAnswer(
    interaction,
    { embeds: pages[0] ?? [], components: answerButtons(session.key, 0, pages.length) },
    { ephemeral: options.ephemeral, log: ctx.log },
  );
}

/**
 * Runs the engine in one of the bot's answer slots, after every waiting interaction has been
 * acknowledged: a burst of commands must not starve the event loop that sends the next defers.
 */
async function askEngine(
  ctx: BotContext,
  req: AnswerRequest,
  progress: ProgressEditor,
): Promise<{ answer: VerifiedAnswer; read: number | null }> {
  const slots = ctx.answerSlots;
  if (slots.active >= ctx.answerSlotCount)
    progress.show(`Your question is in the queue (${slots.queued} ahead of it)…`);
  let read: number | null = null;
  let status = 'Reading the archive…';
  let streamed = '';
  const answer = await slots.run(async () => {
    await ctx.yieldToInteractions();
    return ctx.engine.answer(req, {
      signal: ctx.shutdownSignal,
      onProgress(event) {
        if (event.type === 'retrieved') {
          read = event.articles;
          status = readingMessage(event.articles, event.outlets);
          progress.show(status);
        } else if (event.type === 'text') {
          streamed += event.text;
          progress.show(streamingMessage(status, streamed));
        }
      },
    });
  });
  return { answer, read };
}
