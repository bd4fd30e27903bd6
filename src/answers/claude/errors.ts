import type { AnthropicSdk } from './client.js';

/**
 * What a failed Messages API call means for the engine. This is the one place that knows the
 * SDK's error classes; the SDK has already retried what it retries by the time one reaches here.
 * - `unavailable`: rate limit, overload, server error, timeout or connection failure: answer offline.
 * - `auth`: the key or account was refused (401/402/403): say so once, then answer offline.
 * - `rejected`: any other API error (bad request, unknown model, too large): a bug or bad config;
 *   logged with its request id, answered offline.
 * - `aborted`: the caller cancelled; rethrown.
 */
export type FailureKind = 'unavailable' | 'auth' | 'rejected' | 'aborted';

export interface ClaudeFailure {
  kind: FailureKind;
  /** HTTP status, when there was a response. */
  status: number | undefined;
  /** The API's `request-id`, for support and logs. */
  requestId: string | undefined;
  /** A short description safe to log (never contains the key). */
  detail: string;
}

/** Classifies an error thrown by an SDK call; null when it did not come from the SDK. */
export function classifyError(sdk: AnthropicSdk, err: unknown): ClaudeFailure | null {
  if (!(err instanceof sdk.AnthropicError)) return null;
  const api = err instanceof sdk.APIError ? err : undefined;
  const status = typeof api?.status === 'number' ? api.status : undefined;
  const requestId = api?.requestID ?? undefined;
  const detail = [err.constructor.name, status, api?.type]
    .filter((x) => x !== undefined && x !== null)
    .join(' ');
  const result = (kind: FailureKind): ClaudeFailure => ({ kind, status, requestId, detail });

  if (err instanceof sdk.APIUserAbortError) return result('aborted');
  // Timeouts are APIConnectionErrors too.
  if (err instanceof sdk.APIConnectionError) return result('unavailable');
  if (
    err instanceof sdk.AuthenticationError ||
    err instanceof sdk.PermissionDeniedError ||
    err instanceof sdk.PaymentRequiredError
  )
    return result('auth');
  if (
    err instanceof sdk.RateLimitError ||
    err instanceof sdk.InternalServerError || // includes OverloadedError (529), 503, 504
    err instanceof sdk.RequestTimeoutError ||
    err instanceof sdk.ConflictError
  ) {
    return result('unavailable');
  }
  // An error event inside a stream has no status; its type says what happened.
  if (
    status === undefined &&
    api &&
    (api.type === 'overloaded_error' || api.type === 'rate_limit_error' || api.type === 'api_error')
  )
    return result('unavailable');
  return result(err instanceof sdk.APIError ? 'rejected' : 'unavailable');
}
