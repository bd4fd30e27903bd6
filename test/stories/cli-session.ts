import { PassThrough } from 'node:stream';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createSession, type CliSession } from '../../src/cli/session.js';

/** A CLI session on a database file with captured stdout, for running one command function. */
export function cliSession(
  dbPath: string,
  options: { json?: boolean; scope?: string; now?: string; env?: NodeJS.ProcessEnv } = {},
): { session: CliSession; stdout(): string } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const session = createSession({
    config: loadConfig({ NEWSROOM_DB: dbPath, ...options.env }),
    log: createLogger('silent'),
    clock: fixedClock(options.now ?? '2025-04-20T12:00:00Z'),
    io: { stdout: out, stderr: new PassThrough(), json: options.json ?? false },
    scope: options.scope,
    database: dbPath,
  });
  return { session, stdout: () => Buffer.concat(chunks).toString('utf8') };
}
