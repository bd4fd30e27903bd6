import type { Retrieval } from '../retrieval/index.js';
import type { AnswerDraft, VerifiedAnswer } from './answer.js';
import { findDifferences } from './differ/index.js';
import { storyCoverageNote } from './story-note.js';
import { indexArticles, verifyAnswer } from './verify.js';

/**
 * The last step of every engine: the draft goes through the one verifier against the articles
 * retrieval read, and an answer over a story says how widely it was covered; a summary or timeline
 * of a story several outlets covered notes where they differ (verified like everything else).
 */
export function finishAnswer(draft: AnswerDraft, retrieval: Retrieval): VerifiedAnswer {
  const noteDifferences =
    retrieval.story !== undefined &&
    retrieval.story.outlets.length >= 2 &&
    (draft.kind === 'summary' || draft.kind === 'timeline');
  const answer = verifyAnswer(
    noteDifferences ? { ...draft, differences: findDifferences(retrieval.articles) } : draft,
    indexArticles(retrieval.articles),
  );
  if (!retrieval.story) return answer;
  return { ...answer, warnings: [storyCoverageNote(retrieval.story), ...answer.warnings] };
}
