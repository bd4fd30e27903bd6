import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/log.js';

/** One line of the bad-input table. */
export interface BadInputRow {
  /** The input class: file, HTML, feed, URL (SSRF), search, option, article text. */
  group: string;
  /** The input itself, short. */
  input: string;
  /** The code path: CLI, ingest (with an injected resolver), feed items, Discord. */
  via: string;
  /** What the user sees: the error line, the result count, or how the text was rendered. */
  outcome: string;
  /** What the store gained: "none", "+1 article (complete)", or the partial write found. */
  writes: string;
  /** Everything that makes the row a failure (empty when the input was handled well). */
  problems: string[];
}

/** A JavaScript stack frame in anything shown to a user. */
export const STACK_TRACE = /\n\s+at .+[:(]\d+:\d+\)?|\bat (?:async )?\S+ \(.*:\d+:\d+\)/;

/**
 * A logger whose lines are kept: a log line at error level or above, or one carrying a stack,
 * means the input reached a path meant for the unexpected (bad input should end in a UserError).
 */
export function capturingLog(): { log: Logger; take(): string[] } {
  let lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  return {
    log: pino({ level: 'warn', base: undefined }, sink),
    take() {
      const bad = lines.filter((l) => {
        const entry = JSON.parse(l) as { level?: number; msg?: string };
        return (entry.level ?? 0) >= 50 || l.includes('"stack"');
      });
      lines = [];
      return bad.map((l) => {
        const entry = JSON.parse(l) as { msg?: string; err?: { message?: string } };
        return `logged "${entry.msg ?? ''}"${entry.err?.message ? ` (${entry.err.message})` : ''}`;
      });
    },
  };
}
