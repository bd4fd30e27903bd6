import { UserError } from '../../errors.js';
import type { AnswerRequest } from '../answer.js';

/** The longest question accepted (the Discord modal's own limit; it also bounds the prompt). */
export const MAX_QUESTION_CHARS = 300;

/** A question about given sources, as any surface collects it. */
export interface QuestionInput {
  question: string;
  /** Articles to read in full (ids or external ids). */
  articles?: readonly string[] | undefined;
  /** Or a whole story. */
  story?: string | undefined;
  /** The server whose articles (with the global ones) may be read. */
  guild?: string | undefined;
}

/**
 * A question as an AnswerRequest of kind `answer`: it needs words, at most MAX_QUESTION_CHARS of
 * them, and something to read (articles or a story); a UserError says what is missing.
 */
export function questionRequestFrom(input: QuestionInput): AnswerRequest {
  const query = input.question.replace(/\s+/g, ' ').trim();
  if (!query) throw new UserError('Ask a question: it is empty.', 'bad_input');
  if (query.length > MAX_QUESTION_CHARS)
    throw new UserError(`A question can be at most ${MAX_QUESTION_CHARS} characters.`, 'bad_input');
  const articles = [...new Set((input.articles ?? []).map((a) => a.trim()).filter(Boolean))];
  const story = input.story?.trim();
  if (articles.length === 0 && !story)
    throw new UserError('Say what to read: give at least one article or a story.', 'bad_input');
  return {
    kind: 'answer',
    query,
    ...(articles.length > 0 ? { articles } : {}),
    ...(story ? { story } : {}),
    ...(input.guild ? { guild: input.guild } : {}),
  };
}
