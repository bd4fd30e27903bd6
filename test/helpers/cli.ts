import { PassThrough, Readable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { fixedClock } from '../../src/clock.js';

/** What one in-process `newsroom …` run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (throws when it is not). */
  json<T = any>(): T;
}

/** A temp directory with a database path, removed by `cleanup()`. */
export function tempDb(): { dir: string; db: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-cli-'));
  return { dir, db: join(dir, 'newsroom.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the CLI in-process with captured output; `stdinText` is piped to the console. */
export async function cli(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; stdinText?: string; now?: string } = {},
): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.out.push(c));
  err.on('data', (c: Buffer) => chunks.err.push(c));
  const code = await runCli({
    argv,
    env: { LOG_LEVEL: 'silent', ...options.env },
    stdout: out,
    stderr: err,
    stdin: Readable.from([options.stdinText ?? '']),
    clock: fixedClock(options.now ?? '2026-11-22T12:00:00Z'),
  });
  const stdout = Buffer.concat(chunks.out).toString('utf8');
  const stderr = Buffer.concat(chunks.err).toString('utf8');
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}
