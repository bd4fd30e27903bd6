import { retrievePassages, type Retrieval, type StoryLookup } from '../retrieval/index.js';
import type { ArticleStore } from '../store/article-store.js';
import type { AnswerDraft, AnswerOptions, AnswerRequest, VerifiedAnswer } from './answer.js';
import { answerOrClosest } from './ask/not-answered.js';
import { finishAnswer } from './finish-answer.js';
import { keepRequestedSpeaker } from './speaker-filter.js';

/** What an engine's composing step returns: its draft, and the retrieval it was written from. */
export interface Composed {
  draft: AnswerDraft;
  /** The passages the draft may cite (the step may have trimmed what it was given). */
  retrieval: Retrieval;
}

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
 * requested speaker → verify (a question nothing answers gets the closest verified sentences). Progress is reported after retrieval and at the end; an abort
 * signal is honoured between steps.
 */
export async function runAnswerPipeline(
  req: AnswerRequest,
  options: AnswerOptions,
  o: PipelineOptions,
): Promise<VerifiedAnswer> {
  options.signal?.throwIfAborted();
  // A question (`answer`) reads only the articles it was given, never a fresh search.
  const retrieval = await retrievePassages(
    o.store,
    { ...req, pinnedOnly: req.kind === 'answer' },
    {
      budgetChars: o.budgetChars,
      ...(o.stories ? { stories: o.stories } : {}),
    },
  );
  const outlets = new Set(retrieval.articles.map((a) => a.outlet?.toLowerCase() ?? `?${a.id}`)).size;
  options.onProgress?.({
    type: 'retrieved',
    articles: retrieval.articles.length,
    outlets,
    ids: retrieval.articles.map((a) => a.id),
  });
  options.signal?.throwIfAborted();
  const composed = await o.compose(retrieval);
  const draft = keepRequestedSpeaker(composed.draft, req);
  const answer = answerOrClosest(finishAnswer(draft, composed.retrieval), draft, composed.retrieval);
  options.onProgress?.({ type: 'done' });
  return answer;
}
