import type { Config } from '../../config.js';
import type { HealthCheck } from '../../health.js';
import type { Logger } from '../../log.js';
import { createClaudeClient } from './client.js';

/**
 * Checks the Anthropic key with the cheapest call there is, a token count of one word for the
 * configured model: it proves the key, the account and the model name without writing anything.
 */
export async function checkAnthropic(config: Pick<Config, 'anthropic'>, log: Logger): Promise<HealthCheck[]> {
  const a = config.anthropic;
  if (!a.apiKey)
    return [
      {
        name: 'anthropic',
        status: 'skipped',
        detail: 'ANTHROPIC_API_KEY is not set: answers are written by the offline engine',
      },
    ];
  const { sdk, client } = await createClaudeClient({
    apiKey: a.apiKey,
    baseUrl: a.baseUrl,
    maxRetries: 0,
    timeoutMs: Math.min(a.timeoutMs, 15_000),
    log,
  });
  try {
    await client.messages.countTokens({ model: a.model, messages: [{ role: 'user', content: 'ping' }] });
    return [{ name: 'anthropic', status: 'ok', detail: `the key is accepted for ${a.model}` }];
  } catch (err) {
    if (err instanceof sdk.AuthenticationError || err instanceof sdk.PermissionDeniedError)
      return [
        {
          name: 'anthropic',
          status: 'fail',
          detail: 'the API key was refused',
          fix: 'Create a key in the Anthropic Console and set ANTHROPIC_API_KEY to it; until then answers are written offline.',
        },
      ];
    if (err instanceof sdk.NotFoundError)
      return [
        {
          name: 'anthropic',
          status: 'fail',
          detail: `the model ${a.model} was not found`,
          fix: 'Set ANTHROPIC_MODEL to a current model name.',
        },
      ];
    const status = err instanceof sdk.APIError && err.status ? ` (HTTP ${err.status})` : '';
    return [
      {
        name: 'anthropic',
        status: 'warn',
        detail: `the API could not be reached${status}`,
        fix: 'Check the network and ANTHROPIC_BASE_URL; answers fall back to the offline engine meanwhile.',
      },
    ];
  }
}
