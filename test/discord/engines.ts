import type { AnswerEngine, AnswerOptions, AnswerRequest, VerifiedAnswer } from '../../src/answers/answer.js';

/** Wraps an engine and records every request it gets. */
export function recordingEngine(inner: AnswerEngine): AnswerEngine & { requests: AnswerRequest[] } {
  const requests: AnswerRequest[] = [];
  return { name: inner.name, requests, answer: (req, opts) => (requests.push(req), inner.answer(req, opts)) };
}

/**
 * A slow engine: reports what it read, streams some text, then waits until `release()` (or an
 * abort) before answering with the inner engine's real, verified answer. Each call waits anew.
 */
export function slowEngine(
  inner: AnswerEngine,
): AnswerEngine & { release(): void; waiting(): Promise<void> } {
  let gates: Array<() => void> = [];
  let onWait: Array<() => void> = [];
  return {
    name: inner.name,
    release() {
      for (const open of gates) open();
      gates = [];
    },
    waiting: () => (gates.length > 0 ? Promise.resolve() : new Promise<void>((r) => onWait.push(r))),
    async answer(req: AnswerRequest, opts: AnswerOptions = {}): Promise<VerifiedAnswer> {
      opts.onProgress?.({ type: 'retrieved', articles: 7, outlets: 3, ids: [] });
      opts.onProgress?.({ type: 'text', text: 'North Korea and Russia are holding talks <@123> @everyone ' });
      await new Promise<void>((resolve, reject) => {
        gates.push(resolve);
        for (const w of onWait) w();
        onWait = [];
        opts.signal?.addEventListener('abort', () => reject(opts.signal!.reason as Error), { once: true });
      });
      return inner.answer(req, opts);
    },
  };
}

/** An engine that always fails with the given error. */
export function failingEngine(error: Error): AnswerEngine {
  return { name: 'failing', answer: () => Promise.reject(error) };
}

/** Routes by query: `fail:` throws an unexpected error, `nothing:` a UserError, `slow:` waits for release; else the inner engine. */
export function scriptedEngine(
  inner: AnswerEngine,
  errors: { unexpected: Error; user: Error },
): AnswerEngine & { requests: AnswerRequest[]; slow: ReturnType<typeof slowEngine> } {
  const slow = slowEngine(inner);
  const requests: AnswerRequest[] = [];
  return {
    name: inner.name,
    requests,
    slow,
    answer(req, opts) {
      requests.push(req);
      if (req.query.startsWith('fail:')) return Promise.reject(errors.unexpected);
      if (req.query.startsWith('nothing:')) return Promise.reject(errors.user);
      if (req.query.startsWith('slow:')) return slow.answer({ ...req, query: req.query.slice(5) }, opts);
      return inner.answer(req, opts);
    },
  };
}
