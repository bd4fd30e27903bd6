import type { Logger } from '../../log.js';
import { retrievePassages, type StoryLookup } from '../../retrieval/index.js';
import type { ArticleStore } from '../../store/article-store.js';
import type { AnswerDraft, AnswerEngine, AnswerOptions, AnswerRequest, VerifiedAnswer } from '../answer.js';
import { finishAnswer } from '../finish-answer.js';
import { buildQuotes } from './quotes.js';
import { summarize } from './summarize.js';
import { buildTimeline } from './timeline.js';

export interface ExtractiveEngineOptions {
  store: ArticleStore;
  log: Logger;
  /** Characters of unpinned passage text per answer (default 12 000). */
  budgetChars?: number;
  /** Story lookup for `req.story`, once stories exist. */
  stories?: StoryLookup;
}

/**
 * The offline engine: deterministic, no API key. Retrieves passages, builds a summary, timeline or
 * who-said-what list from the articles' own sentences, and returns it through the verifier.
 */
export function createExtractiveEngine(opts: ExtractiveEngineOptions): AnswerEngine {
  const log = opts.log.child({ module: 'answers.extractive' });
  return {
    name: 'extractive',
    async answer(req: AnswerRequest, options: AnswerOptions = {}): Promise<VerifiedAnswer> {
      const started = performance.now();
      options.signal?.throwIfAborted();
      const retrieval = await retrievePassages(opts.store, req, {
        budgetChars: opts.budgetChars ?? 12_000,
        ...(opts.stories ? { stories: opts.stories } : {}),
      });
      const outlets = new Set(retrieval.articles.map((a) => a.outlet?.toLowerCase() ?? `?${a.id}`)).size;
      options.onProgress?.({ type: 'retrieved', articles: retrieval.articles.length, outlets });
      options.signal?.throwIfAborted();

      const built =
        req.kind === 'summary'
          ? summarize(retrieval, req.query)
          : req.kind === 'timeline'
            ? buildTimeline(retrieval)
            : buildQuotes(retrieval, req.speaker);
      const draft: AnswerDraft = {
        kind: req.kind,
        query: req.query,
        engine: 'extractive',
        items: built.items,
        warnings: built.warnings,
      };
      const answer = finishAnswer(draft, retrieval);
      log.debug(
        {
          kind: req.kind,
          articles: retrieval.articles.length,
          passages: retrieval.passages.length,
          items: answer.items.length,
          ms: Math.round(performance.now() - started),
        },
        'answered',
      );
      options.onProgress?.({ type: 'done' });
      return answer;
    },
  };
}
