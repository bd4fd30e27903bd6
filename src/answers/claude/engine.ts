import type { Message, MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages/messages';
import type { Config } from '../../config.js';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { retrievePassages, type StoryLookup } from '../../retrieval/index.js';
import type { ArticleStore } from '../../store/article-store.js';
import type { AnswerCache } from '../answer-cache.js';
import { answerCacheKey } from '../answer-cache.js';
import type { AnswerEngine, AnswerOptions, AnswerRequest, VerifiedAnswer } from '../answer.js';
import { createLimiter, type Limiter } from '../limit.js';
import { loadPrompts, type Prompts } from '../prompts.js';
import { finishAnswer } from '../finish-answer.js';
import { fitToBudget } from './budget.js';
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

  return {
    name,
    async answer(req: AnswerRequest, options: AnswerOptions = {}): Promise<VerifiedAnswer> {
      const started = performance.now();
      options.signal?.throwIfAborted();
      if (failures.authFailed) return fallback(req, options, AUTH_NOTICE);
      const command = digest && req.kind === 'summary' ? 'digest' : req.kind;
      const key = o.cache
        ? answerCacheKey({
            command,
            request: req,
            articleSetVersion: await store.version(),
            model,
            promptVersion: prompts.version,
          })
        : undefined;
      const hit = key ? await o.cache!.get(key, req.guild) : undefined;
      if (hit) {
        log.debug({ kind: req.kind }, 'answer served from cache');
        options.onProgress?.({ type: 'done' });
        return hit;
      }

      const overhead =
        Math.ceil(
          (prompts.templates.system.length +
            prompts.templates[taskPrompt(req.kind, digest)].length +
            req.query.length) /
            CHARS_PER_TOKEN,
        ) + 200;
      const retrievalStarted = performance.now();
      const budgetChars = Math.min(
        o.passageChars ?? DEFAULT_PASSAGE_CHARS,
        Math.max(1_000, Math.floor((budget - overhead) * CHARS_PER_TOKEN)),
      );
      const retrieval = await retrievePassages(store, req, {
        budgetChars,
        ...(o.stories ? { stories: o.stories } : {}),
      });
      const retrievalMs = performance.now() - retrievalStarted;
      const outlets = new Set(retrieval.articles.map((a) => a.outlet?.toLowerCase() ?? `?${a.id}`)).size;
      options.onProgress?.({ type: 'retrieved', articles: retrieval.articles.length, outlets });

      const c = await getClient();
      const maxTokens =
        digest && req.kind === 'summary'
          ? config.anthropic.maxTokens.digest
          : config.anthropic.maxTokens[req.kind === 'quotes' ? 'quotes' : req.kind];
      let fitted: Awaited<ReturnType<typeof fitToBudget>>;
      let message: Message;
      let modelMs: number;
      try {
        ({ fitted, message, modelMs } = await limiter.run(async () => {
          const fit = await fitToBudget({
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
                c,
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
                docs: fit.docs,
                emit: (text) => options.onProgress!({ type: 'text', text }),
              })
            : undefined;
          const m = await sendMessage(c, fit.params, { onContent, signal: options.signal });
          return { fitted: fit, message: m, modelMs: performance.now() - t };
        }));
      } catch (err) {
        const failure = classifyError(c.sdk, err);
        if (!failure || failure.kind === 'aborted') throw err;
        return fallback(req, options, failures.onFailure(failure));
      }

      const draft = draftFromMessage({
        message,
        req,
        docs: fitted.docs,
        engine: name,
        warnings: fitted.warnings,
        log,
      });
      const answer = finishAnswer(draft, fitted.retrieval);
      if (key && answer.items.length > 0) await o.cache!.set(key, answer);
      const totalMs = performance.now() - started;
      log.debug(
        {
          kind: req.kind,
          docs: fitted.docs.length,
          inputTokens: fitted.inputTokens,
          counted: fitted.counted,
          items: answer.items.length,
          stop: message.stop_reason,
          retrievalMs: Math.round(retrievalMs),
          modelMs: Math.round(modelMs),
          totalMs: Math.round(totalMs),
        },
        'answered',
      );
      o.observe?.({
        docs: fitted.docs,
        params: fitted.params,
        inputTokens: fitted.inputTokens,
        counted: fitted.counted,
        retrievalMs,
        modelMs,
        totalMs,
      });
      options.onProgress?.({ type: 'done' });
      return answer;
    },
  };
}
