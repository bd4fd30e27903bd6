import { retrievePassages, type Retrieval, type StoryLookup } from '../retrieval/index.js';
import type { ArticleStore } from '../store/article-store.js';
import type { AnswerDraft, AnswerOptions, AnswerRequest, VerifiedAnswer } from './answer.js';
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
 * requested speaker → verify. Progress is reported after retrieval and at the end; an abort
 * signal is honoured between steps.
 */
export async function runAnswerPipeline(
  req: AnswerRequest,
  options: AnswerOptions,
  o: PipelineOptions,
): Promise<VerifiedAnswer> {
  options.signal?.throwIfAborted();
  const retrieval = await retrievePassages(o.store, req, {
    budgetChars: o.budgetChars,
    ...(o.stories ? { stories: o.stories } : {}),
  });
  const outlets = new Set(retrieval.articles.map((a) => a.outlet?.toLowerCase() ?? `?${a.id}`)).size;
  options.onProgress?.({ type: 'retrieved', articles: retrieval.articles.length, outlets });
  options.signal?.throwIfAborted();
  const composed = await o.compose(retrieval);
  const answer = finishAnswer(keepRequestedSpeaker(composed.draft, req), composed.retrieval);
  options.onProgress?.({ type: 'done' });
  return answer;
}
