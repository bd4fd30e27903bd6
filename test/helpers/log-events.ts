import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/log.js';

/** One log line as written (pino JSON). */
export type LogLine = { level: number; msg: string } & Record<string, unknown>;

/** A logger whose lines a test can read, and wait for: work that logs when it is done is an event. */
export interface LogEvents {
  log: Logger;
  /** Every line written so far, in order. */
  lines: LogLine[];
  /**
   * Resolves with the first line whose message starts with one of `messages`, already written or
   * yet to come. Name the failure's message too, so a failure is seen at once, not at the timeout.
   */
  logged(...messages: string[]): Promise<LogLine>;
  /** Resolves with the first line `match` accepts, already written or yet to come. */
  loggedWhere(match: (line: LogLine) => boolean): Promise<LogLine>;
}

export function logEvents(level = 'info'): LogEvents {
  const lines: LogLine[] = [];
  const written = new EventEmitter();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = JSON.parse(chunk.toString('utf8')) as LogLine;
      lines.push(line);
      written.emit('line', line);
      done();
    },
  });
  const loggedWhere = (matches: (line: LogLine) => boolean) =>
    new Promise<LogLine>((resolve) => {
      const seen = lines.find(matches);
      if (seen) return resolve(seen);
      const check = (line: LogLine) => {
        if (!matches(line)) return;
        written.off('line', check);
        resolve(line);
      };
      written.on('line', check);
    });
  return {
    log: pino({ level }, sink),
    lines,
    loggedWhere,
    logged: (...messages) => loggedWhere((line) => messages.some((m) => line.msg.startsWith(m))),
  };
}
