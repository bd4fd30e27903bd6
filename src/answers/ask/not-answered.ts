import type { Retrieval } from '../../retrieval/index.js';
import type { AnswerDraft, VerifiedAnswer } from '../answer.js';
import { finishAnswer } from '../finish-answer.js';
import { closestSentences } from './question-match.js';

/** Shown above the closest sentences when the articles do not answer a question. */
export const NOT_FOUND_TEXT = "The stored articles don't say.";

/**
 * A question that kept no verified sentence is not answered: it gets the closest cited sentences
 * of the same articles instead (through the same verifier), marked `notFound`, never a guess.
 */
export function answerOrClosest(
  answer: VerifiedAnswer,
  draft: AnswerDraft,
  retrieval: Retrieval,
): VerifiedAnswer {
  if (draft.kind !== 'answer' || answer.items.length > 0) return answer;
  const closest = finishAnswer({ ...draft, items: closestSentences(retrieval, draft.query) }, retrieval);
  return { ...closest, warnings: [...new Set([...answer.warnings, ...closest.warnings])], notFound: true };
}
