import type Keyv from 'keyv';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { StoryLookup } from '../retrieval/index.js';
import type { ArticleStore } from '../store/article-store.js';
import type { AnswerEngine } from './answer.js';
import { createAnswerCache } from './answer-cache.js';
import { createClaudeEngine } from './claude/engine.js';
import { createExtractiveEngine } from './extractive/index.js';
import { createFailurePolicy, type FailurePolicy } from './claude/fallback.js';
import { createLimiter, type Limiter } from './limit.js';

/** The engines a user can choose (`--engine`). */
export type EngineChoice = 'extractive' | 'claude';
export const ENGINE_CHOICES: readonly EngineChoice[] = ['extractive', 'claude'];

export interface CreateEngineOptions {
  config: Config;
  store: ArticleStore;
  log: Logger;
  /** Where Claude answers are cached (namespace of your choice); without it nothing is cached. */
  keyv?: Keyv | undefined;
  /** An explicit choice (`--engine`); default: Claude when ANTHROPIC_API_KEY is set, else extractive. */
  engine?: EngineChoice | undefined;
  /** `digest`: the Claude engine writes summaries with prompts/digest.md and the digest model. */
  purpose?: 'answers' | 'digest' | undefined;
  /** Share one limiter between engines (answers and digests) so the concurrency bound is global. */
  limiter?: Limiter | undefined;
  /** Share one failure policy, so a refused key is logged once and sends every engine offline. */
  failures?: FailurePolicy | undefined;
  stories?: StoryLookup | undefined;
}

/**
 * Picks and builds the answer engine. With an API key (or `engine: 'claude'`) this is the Claude
 * engine with the extractive engine as its fallback; otherwise the extractive engine. Asking for
 * Claude without a key is a UserError. Cheap: the Anthropic SDK is only loaded on the first answer.
 */
export function createEngine(o: CreateEngineOptions): AnswerEngine {
  const choice = o.engine ?? (o.config.anthropic.apiKey ? 'claude' : 'extractive');
  if (!ENGINE_CHOICES.includes(choice))
    throw new UserError(
      `Unknown engine "${String(choice).slice(0, 40)}": use extractive or claude.`,
      'bad_input',
    );
  const extractive = createExtractiveEngine({
    store: o.store,
    log: o.log,
    ...(o.stories ? { stories: o.stories } : {}),
  });
  if (choice === 'extractive') return extractive;
  if (!o.config.anthropic.apiKey)
    throw new UserError(
      'The Claude engine needs ANTHROPIC_API_KEY to be set (or choose the extractive engine).',
      'bad_config',
    );
  return createClaudeEngine({
    config: o.config,
    store: o.store,
    log: o.log,
    fallback: extractive,
    cache: o.keyv
      ? createAnswerCache({ keyv: o.keyv, store: o.store, ttlSeconds: o.config.answers.cacheTtlSeconds })
      : undefined,
    limiter: o.limiter,
    failures: o.failures,
    purpose: o.purpose,
    stories: o.stories,
  });
}

/** A user's engine choice (`--engine`), or a UserError naming the choices. */
export function parseEngineChoice(choice: string): EngineChoice {
  const found = ENGINE_CHOICES.find((c) => c === choice);
  if (!found)
    throw new UserError(`Unknown engine "${choice.slice(0, 40)}": use extractive or claude.`, 'bad_input');
  return found;
}

/** The engines of one process: answers (per choice) and digests, built on first use. */
export interface EngineSet {
  /** The engine answers use: Claude when ANTHROPIC_API_KEY is set, else the offline one; or `choice`. */
  answers(choice?: string): AnswerEngine;
  /** The engine digests are written with (prompts/digest.md and the digest model with Claude). */
  digest(): AnswerEngine;
}

export type EngineSetOptions = Omit<CreateEngineOptions, 'engine' | 'purpose' | 'limiter' | 'failures'>;

/**
 * Every engine of the process shares one limiter (at most ANTHROPIC_MAX_CONCURRENCY requests in
 * flight, answers and digests together) and one failure policy (a refused key is logged once).
 */
export function createEngineSet(o: EngineSetOptions): EngineSet {
  const limiter = createLimiter(o.config.anthropic.maxConcurrency);
  const failures = createFailurePolicy(o.log.child({ module: 'answers.claude' }));
  const built = new Map<string, AnswerEngine>();
  const get = (engine: EngineChoice | undefined, purpose: 'answers' | 'digest'): AnswerEngine => {
    const key = `${purpose}:${engine ?? 'default'}`;
    let e = built.get(key);
    if (!e) built.set(key, (e = createEngine({ ...o, engine, purpose, limiter, failures })));
    return e;
  };
  return {
    answers: (choice) => get(choice === undefined ? undefined : parseEngineChoice(choice), 'answers'),
    digest: () => get(undefined, 'digest'),
  };
}
