import type { Logger } from '../../log.js';
import type { ClaudeFailure } from './errors.js';

/** Shown on an answer the offline engine wrote because Claude could not be reached. */
export const UNAVAILABLE_NOTICE = 'Claude was unavailable; this answer was written by the offline engine.';
/** Shown on every offline answer once the API key has been refused. */
export const AUTH_NOTICE =
  'Claude is not available (the API key was not accepted); this answer was written by the offline engine.';
/** Shown when the API rejected the request itself (bad request, unknown model). */
export const REJECTED_NOTICE =
  'Claude could not answer this request; this answer was written by the offline engine.';

/** Decides the notice for a failed call and logs it; remembers a refused key. */
export interface FailurePolicy {
  /** The notice to show on the offline answer. */
  onFailure(f: ClaudeFailure): string;
  /** True once the key was refused: later answers go offline without calling the API. */
  readonly authFailed: boolean;
}

/**
 * A refused key is logged once, at error level, with the status and request id (never the key);
 * a rejected request is logged each time (a bug or bad config); unavailability is a warning.
 */
export function createFailurePolicy(log: Logger): FailurePolicy {
  let authFailed = false;
  return {
    onFailure(f) {
      const context = { status: f.status, requestId: f.requestId, error: f.detail };
      if (f.kind === 'auth') {
        if (!authFailed)
          log.error(
            context,
            'Claude refused the API key or account (check ANTHROPIC_API_KEY); answering with the offline engine from now on',
          );
        authFailed = true;
        return AUTH_NOTICE;
      }
      if (f.kind === 'rejected') {
        log.error(context, 'Claude rejected the request; answered with the offline engine');
        return REJECTED_NOTICE;
      }
      log.warn(context, 'Claude unavailable after retries; answered with the offline engine');
      return UNAVAILABLE_NOTICE;
    },
    get authFailed() {
      return authFailed;
    },
  };
}
