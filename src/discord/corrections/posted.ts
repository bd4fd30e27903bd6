import { followUpArticles } from '../../answers/ask/follow-up-articles.js';
import type { AnswerSession } from '../answer-sessions.js';
import type { BotContext } from '../bot-context.js';

/**
 * Keeps a public answer posted in a server, with every span it cites and the article version it
 * cited, so a later update that changes a cited span can be flagged on the message. Private
 * answers are not kept (only their interaction token could edit them, and it expires in 15
 * minutes). A store failure is logged and never costs the asker the answer.
 */
export async function trackPostedAnswer(
  ctx: Pick<BotContext, 'postedAnswers' | 'clock' | 'log'>,
  session: AnswerSession,
  interactionId: string,
): Promise<void> {
  const { guildId, channelId, messageId } = session;
  if (session.ephemeral || guildId === null || channelId === null || messageId === null) return;
  try {
    await ctx.postedAnswers.track({
      key: session.key,
      guildId,
      channelId,
      messageId,
      interactionId,
      userId: session.userId,
      answer: session.answer,
      read: session.read,
      postedAt: ctx.clock.now().toISOString(),
    });
    ctx.log.debug({ key: session.key, interactionId, messageId }, 'posted answer kept for corrections');
  } catch (err) {
    ctx.log.error({ err, interactionId }, 'could not keep the posted answer for corrections');
  }
}

/**
 * The session behind an answer's buttons: the one in memory, or — for a public answer posted in
 * the last 30 days, also after a restart — brought back from the posted answer kept in the store.
 */
export async function findSession(
  ctx: Pick<BotContext, 'sessions' | 'postedAnswers'>,
  key: string,
): Promise<AnswerSession | undefined> {
  const live = ctx.sessions.get(key);
  if (live) return live;
  const post = await ctx.postedAnswers.get(key);
  if (!post) return undefined;
  return ctx.sessions.restore({
    key,
    answer: post.answer,
    guildId: post.guildId,
    userId: post.userId,
    read: post.read,
    articles: followUpArticles(post.answer, []),
    ephemeral: false,
    messageId: post.messageId,
    channelId: post.channelId,
    threadId: null,
  });
}
