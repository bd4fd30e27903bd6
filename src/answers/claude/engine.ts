import type { Message, MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages/messages';
import type { Config } from '../../config.js';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { retrievePassages, type StoryLookup } from '../../retrieval/index.js';
import type { ArticleStore } from '../../store/article-store.js';
import type { AnswerCache } from '../answer-cache.js';
import { answerCacheKey } from '../answer-cache.js';
import type { AnswerDraft, AnswerEngine, AnswerOptions, AnswerRequest, DraftItem, Usage, VerifiedAnswer } from '../answer.js';
import { speakerMatches } from '../extractive/speaker-filter.js';
import { createLimiter, type Limiter } from '../limit.js';
import { loadPrompts, type Prompts } from '../prompts.js';
import { indexArticles, verifyAnswer } from '../verify.js';
import { fitToBudget } from './budget.js';
import type { SourceDocument } from './documents.js';
import { createClaudeClient, type ClaudeClient } from './client.js';
import { classifyError, type ClaudeFailure } from './errors.js';
import { parseAnswer } from './parse.js';
import { createVerifiedPreview } from './preview.js';
import { buildRequest, taskPrompt } from './request.js';
import { countTokens, sendMessage } from './send.js';

/** Shown on an answer the offline engine wrote because Claude could not be reached. */
export const UNAVAILABLE_NOTICE = 'Claude was unavailable; this answer was written by the offline engine.';
/** Shown on every offline answer once the API key has been refused. */
export const AUTH_NOTICE = 'Claude is not available (the API key was not accepted); this answer was written by the offline engine.';
/** Shown when the API rejected the request itself (bad request, unknown model). */
export const REJECTED_NOTICE = 'Claude could not answer this request; this answer was written by the offline engine.';

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
  let client: Promise<ClaudeClient> | undefined;
  let authFailed = false;
  let countUnavailableUntil = 0;

  const getClient = (): Promise<ClaudeClient> =>
    (client ??= createClaudeClient({ apiKey, baseUrl: config.anthropic.baseUrl, maxRetries: config.anthropic.maxRetries, timeoutMs: config.anthropic.timeoutMs, log }));

  async function fallback(req: AnswerRequest, options: AnswerOptions, notice: string): Promise<VerifiedAnswer> {
    const answer = await o.fallback.answer(req, options);
    return { ...answer, warnings: [notice, ...answer.warnings] };
  }

  function onFailure(f: ClaudeFailure): string {
    const context = { status: f.status, requestId: f.requestId, error: f.detail };
    if (f.kind === 'auth') {
      if (!authFailed) log.error(context, 'Claude refused the API key or account (check ANTHROPIC_API_KEY); answering with the offline engine from now on');
      authFailed = true;
      return AUTH_NOTICE;
    }
    if (f.kind === 'rejected') {
      log.error(context, 'Claude rejected the request; answered with the offline engine');
      return REJECTED_NOTICE;
    }
    log.warn(context, 'Claude unavailable after retries; answered with the offline engine');
    return UNAVAILABLE_NOTICE;
  }

  return {
    name,
    async answer(req: AnswerRequest, options: AnswerOptions = {}): Promise<VerifiedAnswer> {
      const started = performance.now();
      options.signal?.throwIfAborted();
      if (authFailed) return fallback(req, options, AUTH_NOTICE);
      const command = digest && req.kind === 'summary' ? 'digest' : req.kind;
      const key = o.cache ? answerCacheKey({ command, request: req, articleSetVersion: await store.version(), model, promptVersion: prompts.version }) : undefined;
      const hit = key ? await o.cache!.get(key, req.guild) : undefined;
      if (hit) {
        log.debug({ kind: req.kind }, 'answer served from cache');
        options.onProgress?.({ type: 'done' });
        return hit;
      }

      const overhead = Math.ceil((prompts.templates.system.length + prompts.templates[taskPrompt(req.kind, digest)].length + req.query.length) / CHARS_PER_TOKEN) + 200;
      const retrievalStarted = performance.now();
      const budgetChars = Math.min(o.passageChars ?? DEFAULT_PASSAGE_CHARS, Math.max(1_000, Math.floor((budget - overhead) * CHARS_PER_TOKEN)));
      const retrieval = await retrievePassages(store, req, { budgetChars, ...(o.stories ? { stories: o.stories } : {}) });
      const retrievalMs = performance.now() - retrievalStarted;
      const outlets = new Set(retrieval.articles.map((a) => a.outlet?.toLowerCase() ?? `?${a.id}`)).size;
      options.onProgress?.({ type: 'retrieved', articles: retrieval.articles.length, outlets });

      const c = await getClient();
      const maxTokens = digest && req.kind === 'summary' ? config.anthropic.maxTokens.digest : config.anthropic.maxTokens[req.kind === 'quotes' ? 'quotes' : req.kind];
      let fitted: Awaited<ReturnType<typeof fitToBudget>>;
      let message: Message;
      let modelMs = 0;
      try {
        ({ fitted, message, modelMs } = await limiter.run(async () => {
          const fit = await fitToBudget({
            retrieval,
            budget,
            build: (docs) => buildRequest({ prompts, kind: req.kind, digest, query: req.query, speaker: req.speaker, docs, model, maxTokens }),
            count: async (params) => {
              if (Date.now() < countUnavailableUntil) return null;
              const n = await countTokens(c, params, Math.min(COUNT_TIMEOUT_MS, config.anthropic.timeoutMs), options.signal);
              if (n === null) countUnavailableUntil = Date.now() + COUNT_RETRY_AFTER_MS;
              return n;
            },
          });
          const t = performance.now();
          // Progress text is a verified preview: finished sentences or lines that pass the verifier, as deltas.
          const onContent = options.onProgress
            ? createVerifiedPreview({ kind: req.kind, docs: fit.docs, emit: (text) => options.onProgress!({ type: 'text', text }) })
            : undefined;
          const m = await sendMessage(c, fit.params, { onContent, signal: options.signal });
          return { fitted: fit, message: m, modelMs: performance.now() - t };
        }));
      } catch (err) {
        const failure = classifyError(c.sdk, err);
        if (!failure || failure.kind === 'aborted') throw err;
        return fallback(req, options, onFailure(failure));
      }

      if (message.stop_reason === 'refusal') {
        log.info({ requestId: message.id, category: message.stop_details?.category ?? null }, 'Claude declined to answer');
        throw new UserError('Claude declined to answer this request (refusal), so no answer is shown.', 'refused');
      }
      const truncated = message.stop_reason === 'max_tokens' || message.stop_reason === 'model_context_window_exceeded';
      const parsed = parseAnswer({ kind: req.kind, blocks: message.content, docs: fitted.docs, truncated });
      const items = filterSpeaker(parsed.items, req);
      const draft: AnswerDraft = { kind: req.kind, query: req.query, engine: name, items, warnings: [...fitted.warnings, ...parsed.warnings], usage: usageOf(message) };
      const answer = verifyAnswer(draft, indexArticles(fitted.retrieval.articles));
      if (key && answer.items.length > 0) await o.cache!.set(key, answer);
      const totalMs = performance.now() - started;
      log.debug(
        { kind: req.kind, docs: fitted.docs.length, inputTokens: fitted.inputTokens, counted: fitted.counted, items: answer.items.length, stop: message.stop_reason, retrievalMs: Math.round(retrievalMs), modelMs: Math.round(modelMs), totalMs: Math.round(totalMs) },
        'answered',
      );
      o.observe?.({ docs: fitted.docs, params: fitted.params, inputTokens: fitted.inputTokens, counted: fitted.counted, retrievalMs, modelMs, totalMs });
      options.onProgress?.({ type: 'done' });
      return answer;
    },
  };
}

function filterSpeaker(items: DraftItem[], req: AnswerRequest): DraftItem[] {
  const wanted = req.speaker?.trim();
  if (req.kind !== 'quotes' || !wanted) return items;
  const kept = items.filter((i) => i.speaker === undefined || speakerMatches(wanted, i.speaker, []));
  if (!kept.some((i) => i.speaker !== undefined)) throw new UserError(`No statements by "${wanted.slice(0, 80)}" in the matching articles.`, 'not_found');
  return kept;
}

function usageOf(m: Message): Usage {
  return {
    inputTokens: m.usage.input_tokens,
    outputTokens: m.usage.output_tokens,
    cacheCreationInputTokens: m.usage.cache_creation_input_tokens ?? 0,
    cacheReadInputTokens: m.usage.cache_read_input_tokens ?? 0,
  };
}
