import type { AnswerEngine, AnswerOptions, AnswerRequest, VerifiedAnswer } from '../../src/answers/answer.js';

/** Wraps an engine and records every request it gets. */
export function recordingEngine(inner: AnswerEngine): AnswerEngine & { requests: AnswerRequest[] } {
  const requests: AnswerRequest[] = [];
  return { name: inner.name, requests, answer: (req, opts) => (requests.push(req), inner.answer(req, opts)) };
}

/**
 * A slow engine: reports what it read, streams some text, then waits until `release()` (or an
 * abort) before answering with the inner engine's real, verified answer.
 */
export function slowEngine(inner: AnswerEngine): AnswerEngine & { release(): void; started: Promise<void> } {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let started!: () => void;
  const startedP = new Promise<void>((r) => (started = r));
  return {
    name: inner.name,
    release,
    started: startedP,
    async answer(req: AnswerRequest, opts: AnswerOptions = {}): Promise<VerifiedAnswer> {
      opts.onProgress?.({ type: 'retrieved', articles: 7, outlets: 3 });
      started();
      opts.onProgress?.({ type: 'text', text: 'North Korea and Russia are holding talks <@123> @everyone ' });
      await new Promise<void>((resolve, reject) => {
        void released.then(resolve);
        opts.signal?.addEventListener('abort', () => reject(opts.signal!.reason), { once: true });
      });
      return inner.answer(req, opts);
    },
  };
}

/** An engine that always fails with the given error. */
export function failingEngine(error: Error): AnswerEngine {
  return { name: 'failing', answer: () => Promise.reject(error) };
}
