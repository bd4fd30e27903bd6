import { UserError } from '../errors.js';

/** Exit codes of the `newsroom` command line. */
export const ExitCode = {
  ok: 0,
  /** The user asked for something wrong or absent; nothing was done. */
  userError: 1,
  /** Some items of a batch failed (including all of them). */
  partial: 2,
  internal: 3,
} as const;

/** Where a command writes: stdout for data, stderr for messages and progress. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** `--json`: machine output on stdout. */
  json: boolean;
}

export function printJson(io: CliIO, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function printLine(io: CliIO, line = ''): void {
  io.stdout.write(line + '\n');
}

/**
 * Reports an error: one line on stderr and, with `--json`, `{ error: { code, message } }` on
 * stdout. Returns the exit code. Internal errors never show a stack trace to the user.
 */
export function reportError(io: CliIO, err: unknown): number {
  const user = err instanceof UserError;
  const message = user
    ? err.message
    : 'internal error: ' + (err instanceof Error ? err.message : String(err));
  io.stderr.write(`newsroom: ${message.split('\n')[0]}\n`);
  if (io.json) printJson(io, { error: { code: user ? err.code : 'internal', message } });
  return user ? ExitCode.userError : ExitCode.internal;
}
