import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { AnswerRequest, VerifiedAnswer } from '../answers/answer.js';
import { followUpArticles } from '../answers/ask/follow-up-articles.js';
import type { BotContext } from './bot-context.js';
import { answerButtons } from './answer-buttons.js';
import { trackPostedAnswer } from './corrections/posted.js';
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
  let outcome: EngineOutcome;
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
  const { answer, read, ids } = outcome;
  const pages = renderAnswerPages(answer, { read });
  const session = ctx.sessions.create({
    answer,
    guildId: interaction.guildId,
    userId: interaction.user.id,
    read,
    articles: followUpArticles(answer, ids),
    ephemeral: options.ephemeral,
    messageId: null,
    channelId: null,
    threadId: null,
  });
  const delivered = await deliverAnswer(
    interaction,
    { embeds: pages[0] ?? [], components: answerButtons(session.key, 0, pages.length) },
    { ephemeral: options.ephemeral, log: ctx.log },
  );
  session.messageId = delivered.message?.id ?? null;
  session.channelId = delivered.message?.channelId ?? null;
  await trackPostedAnswer(ctx, session, interaction.id);
}

/** What one engine run gave: the answer, how many articles were read, and which. */
export interface EngineOutcome {
  answer: VerifiedAnswer;
  read: number | null;
  /** The articles read, best first (empty when the engine did not report them, e.g. a cached answer). */
  ids: string[];
}

/**
 * Runs the engine in one of the bot's answer slots, after every waiting interaction has been
 * acknowledged: a burst of commands must not starve the event loop that sends the next defers.
 */
export async function askEngine(
  ctx: BotContext,
  req: AnswerRequest,
  progress: ProgressEditor,
): Promise<EngineOutcome> {
  const slots = ctx.answerSlots;
  if (slots.active >= ctx.answerSlotCount)
    progress.show(`Your question is in the queue (${slots.queued} ahead of it)…`);
  let read: number | null = null;
  let ids: string[] = [];
  let status = 'Reading the archive…';
  let streamed = '';
  const answer = await slots.run(async () => {
    await ctx.yieldToInteractions();
    return ctx.engine.answer(req, {
      signal: ctx.shutdownSignal,
      onProgress(event) {
        if (event.type === 'retrieved') {
          read = event.articles;
          ids = event.ids;
          status = readingMessage(event.articles, event.outlets);
          progress.show(status);
        } else if (event.type === 'text') {
          streamed += event.text;
          progress.show(streamingMessage(status, streamed));
        }
      },
    });
  });
  return { answer, read, ids };
}
