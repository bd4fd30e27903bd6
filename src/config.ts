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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEWSROOM_MAX_INPUT_BYTES: positiveInt.default(5 * 1024 * 1024),
  NEWSROOM_FETCH_TIMEOUT_MS: positiveInt.default(15_000),
  NEWSROOM_FETCH_MAX_BYTES: positiveInt.default(10 * 1024 * 1024),
  NEWSROOM_FETCH_ALLOW_PRIVATE: bool.default(false),
  KEYV_URL: optionalText,
});

/** The names of every environment variable read; `.env.example` must list each (a test checks). */
export const ENV_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/** Validated, frozen configuration. Built once at start-up and passed down in the context. */
export interface Config {
  dbPath: string;
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
    logLevel: e.LOG_LEVEL,
    maxInputBytes: e.NEWSROOM_MAX_INPUT_BYTES,
    fetch: Object.freeze({
      timeoutMs: e.NEWSROOM_FETCH_TIMEOUT_MS,
      maxBytes: e.NEWSROOM_FETCH_MAX_BYTES,
      allowPrivate: e.NEWSROOM_FETCH_ALLOW_PRIVATE,
    }),
    keyvUrl: e.KEYV_URL,
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
    default:
      return `is invalid: ${issue.message}`;
  }
}

/** Secrets never appear in messages. */
function redact(name: string, value: string): string {
  return /KEY|TOKEN|SECRET|PASSWORD/i.test(name) ? '***' : value.slice(0, 60);
}
