import type { Logger } from '../log.js';
import { safeText } from './render/escape.js';

/** Shows progress by editing a reply, at most once per interval; the newest text wins. */
export interface ProgressEditor {
  show(content: string): void;
  /** Cancels pending edits and waits for one in flight, so the final answer is never overwritten. */
  stop(): Promise<void>;
}

export function createProgressEditor(
  edit: (content: string) => Promise<unknown>,
  options: { intervalMs?: number; log: Logger; now?: () => number },
): ProgressEditor {
  const interval = options.intervalMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  let last = -Infinity;
  let pending: string | null = null;
  let inFlight: Promise<unknown> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const flush = () => {
    timer = null;
    if (stopped || pending === null || inFlight) return;
    const content = pending;
    pending = null;
    last = now();
    inFlight = edit(content)
      .catch((err: unknown) => options.log.debug({ err }, 'progress edit failed'))
      .finally(() => {
        inFlight = null;
        if (pending !== null) schedule();
      });
  };
  const schedule = () => {
    if (timer || stopped) return;
    timer = setTimeout(flush, Math.max(0, last + interval - now()));
  };
  return {
    show(content) {
      if (stopped) return;
      pending = content;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await inFlight;
    },
  };
}

/** "Reading 7 articles from 3 outlets…" */
export function readingMessage(articles: number, outlets: number): string {
  const a = `${articles} ${articles === 1 ? 'article' : 'articles'}`;
  return outlets > 0
    ? `Reading ${a} from ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}…`
    : `Reading ${a}…`;
}

/** The answer forming as the engine streams it: the last ~1500 characters, escaped, under a status line. */
export function streamingMessage(status: string, text: string): string {
  const tail = text.length > 1500 ? `…${text.slice(text.length - 1500).replace(/^\S*\s/, '')}` : text;
  return `${status}\n>>> ${safeText(tail)}`.slice(0, 2000);
}
