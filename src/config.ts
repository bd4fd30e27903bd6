import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const positiveInt = z.coerce.number().int().positive();
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** Every environment variable the program reads. `.env.example` documents each one. */
const envSchema = z.object({
  NEWSROOM_DB: z.string().min(1).default('./data/newsroom.db'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/[^\s]+$/i, 'a postgres:// URL')
      .optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEWSROOM_MAX_INPUT_BYTES: positiveInt.default(5 * 1024 * 1024),
  NEWSROOM_FETCH_TIMEOUT_MS: positiveInt.default(15_000),
  NEWSROOM_FETCH_MAX_BYTES: positiveInt.default(10 * 1024 * 1024),
  NEWSROOM_FETCH_ALLOW_PRIVATE: bool.default(false),
  KEYV_URL: optionalText,

  ANTHROPIC_API_KEY: optionalText,
  ANTHROPIC_BASE_URL: optionalText.pipe(z.url().optional()),
  ANTHROPIC_MODEL: z.string().min(1).default('claude-sonnet-5-5'),
  ANTHROPIC_DIGEST_MODEL: z.string().min(1).default('claude-haiku-5-5'),
  ANTHROPIC_MAX_TOKENS_SUMMARY: positiveInt.default(1024),
  ANTHROPIC_MAX_TOKENS_TIMELINE: positiveInt.default(2048),
  ANTHROPIC_MAX_TOKENS_QUOTES: positiveInt.default(2048),
  ANTHROPIC_MAX_TOKENS_DIGEST: positiveInt.default(1500),
  ANTHROPIC_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  ANTHROPIC_TIMEOUT_MS: positiveInt.default(60_000),
  ANTHROPIC_MAX_CONCURRENCY: positiveInt.default(4),
  ANSWER_INPUT_TOKEN_BUDGET: positiveInt.default(12_000),
  ANSWER_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(86_400),

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.pipe(
    z
      .string()
      .regex(/^\d{5,25}$/, 'a numeric snowflake')
      .optional(),
  ),
  DISCORD_GUILD_ID: optionalText.pipe(
    z
      .string()
      .regex(/^\d{5,25}$/, 'a numeric snowflake')
      .optional(),
  ),
  DISCORD_API_URL: z.url().default('https://discord.com/api'),
  DISCORD_SHARDS: optionalText.pipe(
    z
      .string()
      .regex(/^(auto|[1-9]\d{0,3})$/, '"auto" or a number of shards')
      .optional(),
  ),
  RATE_LIMIT_USER_PER_MINUTE: positiveInt.default(6),
  RATE_LIMIT_GUILD_PER_MINUTE: positiveInt.default(30),
  REMOVED_SERVER_GRACE_DAYS: z.coerce.number().min(0).max(365).default(7),

  DIGEST_CATCHUP_HOURS: z.coerce.number().min(0).max(48).default(6),
  FEED_POLL_MINUTES: positiveInt.default(30),
});

/** The names of every environment variable read; `.env.example` must list each (a test checks). */
export const ENV_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/** Validated, frozen configuration. Built once at start-up and passed down in the context. */
export interface Config {
  dbPath: string;
  /**
   * A Postgres URL: articles, search, stories, the digest ledger and feeds live there (and Keyv
   * state, unless KEYV_URL says otherwise); undefined keeps everything in the SQLite file.
   */
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Largest input file or page accepted for ingestion, in bytes. */
  maxInputBytes: number;
  fetch: {
    timeoutMs: number;
    maxBytes: number;
    /** Allow loopback/private/link-local targets (tests only; never in production). */
    allowPrivate: boolean;
  };
  /** A Keyv connection URL for another backend; undefined keeps small state in the SQLite file. */
  keyvUrl: string | undefined;
  anthropic: {
    /** Set: answers are written by Claude; unset: the offline extractive engine. Never logged. */
    apiKey: string | undefined;
    /** Another Messages API base URL (a proxy or a test double). */
    baseUrl: string | undefined;
    model: string;
    /** A cheaper model for daily digests. */
    digestModel: string;
    maxTokens: { summary: number; timeline: number; quotes: number; digest: number };
    maxRetries: number;
    timeoutMs: number;
    /** Requests in flight at once; more wait in a queue. */
    maxConcurrency: number;
  };
  answers: {
    /** Maximum input tokens per answer (pinned articles always go in). */
    inputTokenBudget: number;
    /** How long a cached answer is served without a new model call; 0 disables the cache. */
    cacheTtlSeconds: number;
  };
  discord: {
    token: string | undefined;
    applicationId: string | undefined;
    /** Register commands to this guild only (instant, for development). */
    guildId: string | undefined;
    /** REST base URL without the version (discord.js `rest.api`): a test double or proxy. */
    apiUrl: string;
    rateLimitUserPerMinute: number;
    rateLimitGuildPerMinute: number;
    /**
     * A server the bot was removed from while offline keeps its data this many days after it is
     * first seen missing at start-up, so an outage or a re-invite does not wipe a newsroom.
     */
    removedServerGraceDays: number;
    /** Run the bot as shards, each in its own process: a count, `auto` (Discord's advice), or undefined (one process, no sharding). */
    shards: number | 'auto' | undefined;
  };
  digest: {
    /** A digest missed while the bot was down is posted late within this many hours, else skipped. */
    catchUpHours: number;
  };
  feeds: {
    pollMinutes: number;
  };
}

/** Raised for a bad environment; its message is the one line shown to the user. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const got = env[name];
    throw new ConfigError(
      `Invalid configuration: ${name} ${describeIssue(issue)}${got === undefined ? '' : ` (got "${redact(name, got)}")`}`,
    );
  }
  const e = parsed.data;
  return Object.freeze({
    dbPath: e.NEWSROOM_DB,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    maxInputBytes: e.NEWSROOM_MAX_INPUT_BYTES,
    fetch: Object.freeze({
      timeoutMs: e.NEWSROOM_FETCH_TIMEOUT_MS,
      maxBytes: e.NEWSROOM_FETCH_MAX_BYTES,
      allowPrivate: e.NEWSROOM_FETCH_ALLOW_PRIVATE,
    }),
    keyvUrl: e.KEYV_URL,
    anthropic: Object.freeze({
      apiKey: e.ANTHROPIC_API_KEY,
      baseUrl: e.ANTHROPIC_BASE_URL,
      model: e.ANTHROPIC_MODEL,
      digestModel: e.ANTHROPIC_DIGEST_MODEL,
      maxTokens: Object.freeze({
        summary: e.ANTHROPIC_MAX_TOKENS_SUMMARY,
        timeline: e.ANTHROPIC_MAX_TOKENS_TIMELINE,
        quotes: e.ANTHROPIC_MAX_TOKENS_QUOTES,
        digest: e.ANTHROPIC_MAX_TOKENS_DIGEST,
      }),
      maxRetries: e.ANTHROPIC_MAX_RETRIES,
      timeoutMs: e.ANTHROPIC_TIMEOUT_MS,
      maxConcurrency: e.ANTHROPIC_MAX_CONCURRENCY,
    }),
    answers: Object.freeze({
      inputTokenBudget: e.ANSWER_INPUT_TOKEN_BUDGET,
      cacheTtlSeconds: e.ANSWER_CACHE_TTL_SECONDS,
    }),
    discord: Object.freeze({
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiUrl: e.DISCORD_API_URL.replace(/\/+$/, ''),
      rateLimitUserPerMinute: e.RATE_LIMIT_USER_PER_MINUTE,
      rateLimitGuildPerMinute: e.RATE_LIMIT_GUILD_PER_MINUTE,
      removedServerGraceDays: e.REMOVED_SERVER_GRACE_DAYS,
      shards:
        e.DISCORD_SHARDS === undefined || e.DISCORD_SHARDS === 'auto'
          ? e.DISCORD_SHARDS
          : Number(e.DISCORD_SHARDS),
    }),
    digest: Object.freeze({ catchUpHours: e.DIGEST_CATCHUP_HOURS }),
    feeds: Object.freeze({ pollMinutes: e.FEED_POLL_MINUTES }),
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'invalid_format':
      return `must be ${issue.format === 'regex' ? issue.message : `a valid ${issue.format}`}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
    default:
      return `is invalid: ${issue.message}`;
  }
}

/** Secrets never appear in messages: secret variables are masked whole, URLs lose their password. */
function redact(name: string, value: string): string {
  return /KEY|TOKEN|SECRET|PASSWORD/i.test(name) ? '***' : redactUrl(value).slice(0, 60);
}

/**
 * A URL as it may be shown: the password of its user info (`user:password@`) replaced by `***`,
 * and a `password=` parameter masked. Anything that is not a URL is returned unchanged.
 */
export function redactUrl(value: string): string {
  const masked = value.replace(/([?&]password=)[^&#]*/gi, '$1***');
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(masked);
  if (!scheme) return masked;
  const rest = masked.slice(scheme[0].length);
  // The user info ends at the last `@`: a password may itself hold `@`, `/`, `?` or `#`
  // (when one of those is in a query parameter instead, more is masked than needed, never less).
  const at = rest.lastIndexOf('@');
  const colon = rest.indexOf(':');
  if (at === -1 || colon === -1 || colon > at) return masked;
  return `${scheme[0]}${rest.slice(0, colon)}:***${rest.slice(at)}`;
}
