import type { Message, MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages/messages';
import type { Config } from '../../config.js';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { Retrieval, StoryLookup } from '../../retrieval/index.js';
import type { ArticleStore } from '../../store/article-store.js';
import type { AnswerCache } from '../answer-cache.js';
import { answerCacheKey } from '../answer-cache.js';
import type { AnswerEngine, AnswerOptions, AnswerRequest, VerifiedAnswer } from '../answer.js';
import { createLimiter, type Limiter } from '../limit.js';
import { loadPrompts, type Prompts } from '../prompts.js';
import { runAnswerPipeline } from '../pipeline.js';
import { fitToBudget, type Fitted } from './budget.js';
import type { SourceDocument } from './documents.js';
import { createClaudeClient, type ClaudeClient } from './client.js';
import { classifyError } from './errors.js';
import { AUTH_NOTICE, createFailurePolicy, type FailurePolicy } from './fallback.js';
import { draftFromMessage } from './finish.js';
import { createVerifiedPreview } from './preview.js';
import { buildRequest, taskPrompt } from './request.js';
import { countTokens, sendMessage } from './send.js';

export { AUTH_NOTICE, REJECTED_NOTICE, UNAVAILABLE_NOTICE } from './fallback.js';

export interface ClaudeEngineOptions {
  config: Config;
  store: ArticleStore;
  log: Logger;
  /** Answers whenever Claude cannot: the extractive engine. */
  fallback: AnswerEngine;
  /** Answer cache; without one every question calls the API. */
  cache?: AnswerCache | undefined;
  /** Shared bound on requests in flight; default: a new one of `config.anthropic.maxConcurrency`. */
  limiter?: Limiter | undefined;
  /** Shared failure policy (one per process); default: a new one. */
  failures?: FailurePolicy | undefined;
  prompts?: Prompts | undefined;
  /** `digest`: summaries use prompts/digest.md with the digest model and its token limit. */
  purpose?: 'answers' | 'digest' | undefined;
  stories?: StoryLookup | undefined;
  /**
   * Characters of relevance-selected passage text per answer (default 16 000: everything the offline
   * engine would choose from, its budget being 12 000, plus a margin of context). The input-token
   * budget stays the hard cap; pinned articles always go in whole.
   */
  passageChars?: number | undefined;
  /** Called after each answered request (benchmarks, metrics): what was sent and where the time went. */
  observe?: ((o: ClaudeObservation) => void) | undefined;
}

/** What one Claude answer sent and how long its parts took. */
export interface ClaudeObservation {
  /** The documents sent, with their maps back to the articles. */
  docs: readonly SourceDocument[];
  params: MessageCreateParamsBase;
  /** Counted by the API when `counted`, else estimated. */
  inputTokens: number;
  counted: boolean;
  retrievalMs: number;
  /** The Messages request itself (the model's time, plus the HTTP round trip). */
  modelMs: number;
  totalMs: number;
}

// Characters per token assumed when sizing retrieval: conservative, the exact count trims later.
const CHARS_PER_TOKEN = 3.5;
const DEFAULT_PASSAGE_CHARS = 16_000;
const COUNT_TIMEOUT_MS = 5_000;
// After count_tokens fails, answers use the estimate for this long before trying it again.
const COUNT_RETRY_AFTER_MS = 5 * 60_000;

/**
 * The Claude engine: retrieval → documents with citations → Messages API → cited text parsed into
 * items → the one verifier. Falls back to `fallback` (with a visible notice) when the API is
 * unavailable after the SDK's retries, or refuses the key. The SDK is loaded on the first answer.
 */
export function createClaudeEngine(o: ClaudeEngineOptions): AnswerEngine {
  const { config, store } = o;
  const apiKey = config.anthropic.apiKey;
  if (!apiKey) throw new UserError('The Claude engine needs ANTHROPIC_API_KEY.', 'bad_config');
  const log = o.log.child({ module: 'answers.claude' });
  const digest = o.purpose === 'digest';
  const model = digest ? config.anthropic.digestModel : config.anthropic.model;
  const name = `claude:${model}`;
  const prompts = o.prompts ?? loadPrompts();
  const limiter = o.limiter ?? createLimiter(config.anthropic.maxConcurrency);
  const budget = config.answers.inputTokenBudget;
  const failures = o.failures ?? createFailurePolicy(log);
  let client: Promise<ClaudeClient> | undefined;
  let countUnavailableUntil = 0;

  const getClient = (): Promise<ClaudeClient> =>
    (client ??= createClaudeClient({
      apiKey,
      baseUrl: config.anthropic.baseUrl,
      maxRetries: config.anthropic.maxRetries,
      timeoutMs: config.anthropic.timeoutMs,
      log,
    }));

  async function fallback(
    req: AnswerRequest,
    options: AnswerOptions,
    notice: string,
  ): Promise<VerifiedAnswer> {
    const answer = await o.fallback.answer(req, options);
    return { ...answer, warnings: [notice, ...answer.warnings] };
  }

  /** Raised by the composing step when Claude cannot answer: the offline engine answers instead. */
  class ClaudeUnavailable extends Error {
    constructor(readonly notice: string) {
      super(notice);
    }
  }

  async function cachedAnswer(req: AnswerRequest): Promise<{ key?: string; hit?: VerifiedAnswer }> {
    if (!o.cache) return {};
    const key = answerCacheKey({
      command: digest && req.kind === 'summary' ? 'digest' : req.kind,
      request: req,
      articleSetVersion: await store.version(),
      model,
      promptVersion: prompts.version,
    });
    return { key, hit: await o.cache.get(key, req.guild) };
  }

  /** Passage characters to retrieve: what fits the input budget beside the prompts and query. */
  function passageBudget(req: AnswerRequest): number {
    const overhead =
      Math.ceil(
        (prompts.templates.system.length +
          prompts.templates[taskPrompt(req.kind, digest)].length +
          req.query.length) /
          CHARS_PER_TOKEN,
      ) + 200;
    return Math.min(
      o.passageChars ?? DEFAULT_PASSAGE_CHARS,
      Math.max(1_000, Math.floor((budget - overhead) * CHARS_PER_TOKEN)),
    );
  }

  /** The documents fitted to the token budget, then one Messages request, within the shared limit. */
  async function ask(
    client: ClaudeClient,
    req: AnswerRequest,
    retrieval: Retrieval,
    options: AnswerOptions,
  ): Promise<{ fitted: Fitted; message: Message; modelMs: number }> {
    const maxTokens =
      digest && req.kind === 'summary'
        ? config.anthropic.maxTokens.digest
        : config.anthropic.maxTokens[req.kind === 'answer' ? 'summary' : req.kind];
    return limiter.run(async () => {
      const fitted = await fitToBudget({
        retrieval,
        budget,
        build: (docs) =>
          buildRequest({
            prompts,
            kind: req.kind,
            digest,
            query: req.query,
            speaker: req.speaker,
            docs,
            model,
            maxTokens,
          }),
        count: async (params) => {
          if (Date.now() < countUnavailableUntil) return null;
          const n = await countTokens(
            client,
            params,
            Math.min(COUNT_TIMEOUT_MS, config.anthropic.timeoutMs),
            options.signal,
          );
          if (n === null) countUnavailableUntil = Date.now() + COUNT_RETRY_AFTER_MS;
          return n;
        },
      });
      const t = performance.now();
      // Progress text is a verified preview: finished sentences or lines that pass the verifier, as deltas.
      const onContent = options.onProgress
        ? createVerifiedPreview({
            kind: req.kind,
            docs: fitted.docs,
            emit: (text) => options.onProgress!({ type: 'text', text }),
          })
        : undefined;
      const message = await sendMessage(client, fitted.params, { onContent, signal: options.signal });
      return { fitted, message, modelMs: performance.now() - t };
    });
  }

  return {
    name,
    async answer(req: AnswerRequest, options: AnswerOptions = {}): Promise<VerifiedAnswer> {
      const started = performance.now();
      options.signal?.throwIfAborted();
      if (failures.authFailed) return fallback(req, options, AUTH_NOTICE);
      const { key, hit } = await cachedAnswer(req);
      if (hit) {
        log.debug({ kind: req.kind }, 'answer served from cache');
        options.onProgress?.({ type: 'done' });
        return hit;
      }
      let observed: Omit<ClaudeObservation, 'totalMs'> | undefined;
      let stop: Message['stop_reason'] = null;
      let answer: VerifiedAnswer;
      try {
        answer = await runAnswerPipeline(req, options, {
          store,
          stories: o.stories,
          budgetChars: passageBudget(req),
          compose: async (retrieval) => {
            const retrievalMs = performance.now() - started;
            const client = await getClient();
            let sent: Awaited<ReturnType<typeof ask>>;
            try {
              sent = await ask(client, req, retrieval, options);
            } catch (err) {
              const failure = classifyError(client.sdk, err);
              if (!failure || failure.kind === 'aborted') throw err;
              throw new ClaudeUnavailable(failures.onFailure(failure));
            }
            const { fitted, message, modelMs } = sent;
            stop = message.stop_reason;
            observed = {
              docs: fitted.docs,
              params: fitted.params,
              inputTokens: fitted.inputTokens,
              counted: fitted.counted,
              retrievalMs,
              modelMs,
            };
            const draft = draftFromMessage({
              message,
              req,
              docs: fitted.docs,
              engine: name,
              warnings: fitted.warnings,
              log,
            });
            return { draft, retrieval: fitted.retrieval };
          },
        });
      } catch (err) {
        if (err instanceof ClaudeUnavailable) return fallback(req, options, err.notice);
        throw err;
      }
      // A not-answered question is not cached: the cache keeps only what it can re-verify as it was.
      if (key && answer.items.length > 0 && !answer.notFound) await o.cache!.set(key, answer);
      const totalMs = performance.now() - started;
      if (observed) {
        log.debug(
          {
            kind: req.kind,
            docs: observed.docs.length,
            inputTokens: observed.inputTokens,
            counted: observed.counted,
            items: answer.items.length,
            stop,
            retrievalMs: Math.round(observed.retrievalMs),
            modelMs: Math.round(observed.modelMs),
            totalMs: Math.round(totalMs),
          },
          'answered',
        );
        o.observe?.({ ...observed, totalMs });
      }
      return answer;
    },
  };
}
