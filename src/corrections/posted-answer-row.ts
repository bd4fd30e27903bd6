import type { Answer } from '../answers/answer.js';
import type { PostedAnswer } from './posted-answers.js';

/** A row of `answer_posts` as both databases return it (the same columns and types on each). */
export interface PostedAnswerRow {
  key: string;
  guild_id: string;
  channel_id: string;
  message_id: string;
  interaction_id: string | null;
  user_id: string;
  /** The answer model as JSON. */
  answer: string;
  read: number | null;
  page: number;
  posted_at: string;
  flagged_at: string | null;
  edited_at: string | null;
}

export function postedAnswerFromRow(r: PostedAnswerRow): PostedAnswer {
  return {
    key: r.key,
    guildId: r.guild_id,
    channelId: r.channel_id,
    messageId: r.message_id,
    interactionId: r.interaction_id,
    userId: r.user_id,
    answer: JSON.parse(r.answer) as Answer,
    read: r.read,
    page: r.page,
    postedAt: r.posted_at,
    flaggedAt: r.flagged_at,
    editedAt: r.edited_at,
  };
}
