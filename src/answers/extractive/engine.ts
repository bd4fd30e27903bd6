import type { Logger } from '../../log.js';
import type { Retrieval, StoryLookup } from '../../retrieval/index.js';
import type { ArticleStore } from '../../store/article-store.js';
import type { AnswerDraft, AnswerEngine, AnswerOptions, AnswerRequest, VerifiedAnswer } from '../answer.js';
import { runAnswerPipeline } from '../pipeline.js';
import { answeringSentences } from '../ask/question-match.js';
import { buildQuotes } from './quotes.js';
import { summarize } from './summarize.js';
import { buildTimeline } from './timeline.js';

export interface ExtractiveEngineOptions {
  store: ArticleStore;
  log: Logger;
  /** Characters of unpinned passage text per answer (default 12 000). */
  budgetChars?: number;
  /** Story lookup for `req.story`. */
  stories?: StoryLookup;
}

/**
 * The offline engine: deterministic, no API key. Its composing step builds a summary, timeline or
 * who-said-what list from the retrieved articles' own sentences; the pipeline does the rest.
 */
export function createExtractiveEngine(opts: ExtractiveEngineOptions): AnswerEngine {
  const log = opts.log.child({ module: 'answers.extractive' });
  return {
    name: 'extractive',
    async answer(req: AnswerRequest, options: AnswerOptions = {}): Promise<VerifiedAnswer> {
      const started = performance.now();
      const answer = await runAnswerPipeline(req, options, {
        store: opts.store,
        stories: opts.stories,
        budgetChars: opts.budgetChars ?? 12_000,
        compose: async (retrieval) => ({ draft: compose(req, retrieval), retrieval }),
      });
      log.debug(
        { kind: req.kind, items: answer.items.length, ms: Math.round(performance.now() - started) },
        'answered',
      );
      return answer;
    },
  };
}

/** Says how the offline engine answers a question: it quotes, it does not write. */
export const EXTRACTIVE_ANSWER_NOTE =
  'Extractive answer: the stored sentences that best match the question, quoted as written.';

function compose(req: AnswerRequest, retrieval: Retrieval): AnswerDraft {
  if (req.kind === 'answer')
    return {
      kind: req.kind,
      query: req.query,
      engine: 'extractive',
      items: answeringSentences(retrieval, req.query),
      warnings: [EXTRACTIVE_ANSWER_NOTE],
    };
  const built =
    req.kind === 'summary'
      ? summarize(retrieval, req.query)
      : req.kind === 'timeline'
        ? buildTimeline(retrieval)
        : buildQuotes(retrieval);
  return {
    kind: req.kind,
    query: req.query,
    engine: 'extractive',
    items: built.items,
    warnings: built.warnings,
  };
}
