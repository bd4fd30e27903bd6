import type { Retrieval } from '../retrieval/index.js';
import type { AnswerDraft, VerifiedAnswer } from './answer.js';
import { storyCoverageNote } from './story-note.js';
import { indexArticles, verifyAnswer } from './verify.js';

/**
 * The last step of every engine: the draft goes through the one verifier against the articles
 * retrieval read, and an answer over a story says how widely it was covered.
 */
export function finishAnswer(draft: AnswerDraft, retrieval: Retrieval): VerifiedAnswer {
  const answer = verifyAnswer(draft, indexArticles(retrieval.articles));
  if (!retrieval.story) return answer;
  return { ...answer, warnings: [storyCoverageNote(retrieval.story), ...answer.warnings] };
}
