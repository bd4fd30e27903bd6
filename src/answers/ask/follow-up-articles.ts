import type { Answer } from '../answer.js';

/**
 * At most this many articles are read in full for a follow-up question: enough for any answer's
 * cited sources, few enough that pinned articles stay near the token budget.
 */
export const MAX_FOLLOW_UP_ARTICLES = 8;

/**
 * The articles a follow-up question on an answer reads: the ones it cited first (in source order),
 * then the others it read, at most MAX_FOLLOW_UP_ARTICLES.
 */
export function followUpArticles(answer: Answer, read: readonly string[]): string[] {
  const ids = [...answer.sources.map((s) => s.articleId), ...read];
  return [...new Set(ids)].slice(0, MAX_FOLLOW_UP_ARTICLES);
}
