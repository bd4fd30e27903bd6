import { CommanderError, type Command } from 'commander';
import { loadConfig, ConfigError } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { systemClock, type Clock } from '../clock.js';
import { buildProgram, type GlobalOptions, type CommandPlugin } from './program.js';
import { createSession, type CliSession } from './session.js';
import { ExitCode, reportError, type CliIO } from './io.js';
import { consoleCommand } from './console/register-console.js';
import { answerCommands, answerConsoleCommands } from './commands/answer.js';
import { storiesCommand } from './commands/stories.js';
import { digestCommand } from './commands/digest.js';
import { feedsCommand } from './commands/feeds.js';
import { migrateCommand } from './commands/migrate.js';

/** Everything the command line touches, injectable for tests. */
export interface CliEnvironment {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: CliIO['stdout'];
  stderr: CliIO['stderr'];
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  clock?: Clock;
  /** Where log lines go (default: stderr at LOG_LEVEL, else warnings and worse). */
  log?: Logger;
}

/** Runs `newsroom …` and returns the exit code (0 ok, 1 user error, 2 partial batch, 3 internal). */
export async function runCli(environment: CliEnvironment): Promise<number> {
  const wantsJson = environment.argv.includes('--json');
  const io0: CliIO = { stdout: environment.stdout, stderr: environment.stderr, json: wantsJson };
  let config;
  try {
    config = loadConfig(environment.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      environment.stderr.write(err.message + '\n');
      return ExitCode.userError;
    }
    throw err;
  }
  // A terminal user wants answers, not progress logs: the CLI logs warnings and worse unless
  // LOG_LEVEL asks for more (the long-running bot keeps the configured default, info).
  const log = environment.log ?? createLogger(environment.env.LOG_LEVEL ? config.logLevel : 'warn');
  let exitCode: number = ExitCode.ok;
  const sessions: CliSession[] = [];

  const dispatch = async (cmd: Command, run: (session: CliSession) => Promise<number>) => {
    const globals = cmd.optsWithGlobals<GlobalOptions>();
    const io: CliIO = { ...io0, json: Boolean(globals.json) };
    const session = createSession({
      config,
      log,
      clock: environment.clock ?? systemClock,
      io,
      scope: globals.scope?.trim() || undefined,
      database: globals.db,
    });
    sessions.push(session);
    try {
      exitCode = await run(session);
    } catch (err) {
      if (!(err instanceof Error && err.name === 'UserError')) log.error({ err }, 'command failed');
      exitCode = reportError(io, err);
    }
  };

  const plugins: CommandPlugin[] = [
    answerCommands,
    storiesCommand,
    digestCommand,
    feedsCommand,
    migrateCommand,
    consoleCommand({ stdin: environment.stdin ?? process.stdin, extraCommands: answerConsoleCommands }),
  ];
  const program = buildProgram(dispatch, plugins)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => environment.stdout.write(s),
      writeErr: (s) => environment.stderr.write(s),
    });
  try {
    await program.parseAsync(environment.argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version are not errors; usage mistakes are user errors.
      return err.exitCode === 0 ? ExitCode.ok : ExitCode.userError;
    }
    exitCode = reportError(io0, err);
  } finally {
    for (const s of sessions) await s.close();
  }
  return exitCode;
}
