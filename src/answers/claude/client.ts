import type Anthropic from '@anthropic-ai/sdk';
import type { Logger } from '../../log.js';

/** The SDK module, loaded on first use so a plain CLI search never pays for it. */
export type AnthropicSdk = typeof import('@anthropic-ai/sdk');

/** A client and the module it came from (error classes are checked against that module). */
export interface ClaudeClient {
  sdk: AnthropicSdk;
  client: Anthropic;
}

export interface ClaudeClientOptions {
  apiKey: string;
  /** A proxy or a test double; undefined uses the SDK's default. */
  baseUrl: string | undefined;
  /** The SDK retries 408/409/429/5xx and connection errors itself, with backoff: not re-implemented here. */
  maxRetries: number;
  timeoutMs: number;
  log: Logger;
}

/**
 * Imports `@anthropic-ai/sdk` and builds a client. The only place the SDK is imported at runtime.
 * The SDK's own log lines go to our logger at warn level with their details dropped, so request
 * headers (the API key) can never reach a log.
 */
export async function createClaudeClient(opts: ClaudeClientOptions): Promise<ClaudeClient> {
  const sdk = await import('@anthropic-ai/sdk');
  const log = opts.log;
  const client = new sdk.Anthropic({
    apiKey: opts.apiKey,
    ...(opts.baseUrl ? { baseURL: opts.baseUrl } : {}),
    maxRetries: opts.maxRetries,
    timeout: opts.timeoutMs,
    logLevel: 'warn',
    logger: {
      error: (msg: string) => log.error({ sdk: true }, String(msg)),
      warn: (msg: string) => log.warn({ sdk: true }, String(msg)),
      info: (msg: string) => log.info({ sdk: true }, String(msg)),
      debug: (msg: string) => log.debug({ sdk: true }, String(msg)),
    },
  });
  return { sdk, client };
}
