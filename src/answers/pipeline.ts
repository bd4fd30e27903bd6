import { retrievePassages, type Retrieval, type StoryLookup } from '../retrieval/index.js';
import type { ArticleStore } from '../store/article-store.js';
import type { AnswerDraft, AnswerOptions, AnswerRequest, VerifiedAnswer } from './answer.js';
import { answerOrClosest } from './ask/not-answered.js';
import { finishAnswer } from './finish-answer.js';
import { isSpeakerRecord, recordSearch, shapeRecord } from './record/speaker-record.js';
import { keepRequestedSpeaker } from './speaker-filter.js';

/** What an engine's composing step returns: its draft, and the retrieval it was written from. */
export interface Composed {
  draft: AnswerDraft;
  /** The passages the draft may cite (the step may have trimmed what it was given). */
  retrieval: Retrieval;
}

// A speaker's record reads this many times the passage budget of one answer.
const RECORD_BUDGET_FACTOR = 3;

export interface PipelineOptions {
  store: ArticleStore;
  stories?: StoryLookup | undefined;
  /** Characters of passage text retrieval may choose. */
  budgetChars: number;
  /** The engine's own step: write a draft from the retrieved passages. */
  compose(retrieval: Retrieval): Promise<Composed>;
}

/**
 * The skeleton every engine answers through: retrieve → compose (the engine's own step) → keep the
 * requested speaker (a speaker's record: in date order, by story) → verify (a question nothing
 * answers gets the closest verified sentences). Progress is reported after retrieval and at the
 * end; an abort signal is honoured between steps.
 */
export async function runAnswerPipeline(
  req: AnswerRequest,
  options: AnswerOptions,
  o: PipelineOptions,
): Promise<VerifiedAnswer> {
  options.signal?.throwIfAborted();
  // A question (`answer`) reads only the articles it was given, never a fresh search; a speaker's
  // record searches for the speaker and reads more than one answer would.
  const record = isSpeakerRecord(req);
  const asked = record
    ? { ...req, query: recordSearch(req.speaker!) }
    : { ...req, pinnedOnly: req.kind === 'answer' };
  const retrieval = await retrievePassages(o.store, asked, {
    budgetChars: record ? o.budgetChars * RECORD_BUDGET_FACTOR : o.budgetChars,
    ...(o.stories ? { stories: o.stories } : {}),
  });
  const outlets = new Set(retrieval.articles.map((a) => a.outlet?.toLowerCase() ?? `?${a.id}`)).size;
  options.onProgress?.({
    type: 'retrieved',
    articles: retrieval.articles.length,
    outlets,
    ids: retrieval.articles.map((a) => a.id),
  });
  options.signal?.throwIfAborted();
  const composed = await o.compose(retrieval);
  const kept = keepRequestedSpeaker(composed.draft, req);
  const draft = record ? await shapeRecord(kept, composed.retrieval, req, o.stories) : kept;
  const answer = answerOrClosest(finishAnswer(draft, composed.retrieval), draft, composed.retrieval);
  options.onProgress?.({ type: 'done' });
  return answer;
}
