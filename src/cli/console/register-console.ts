import type { Command } from 'commander';
import type { CommandPlugin } from '../program.js';
import { printLine } from '../io.js';
import { runRepl } from './repl.js';
import { seedExamplesIfEmpty } from './examples.js';
import { baseConsoleCommands, type ConsoleCommand } from './console-commands.js';

export interface ConsoleDeps {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Extra console commands (answers, digests…) contributed by their modules. */
  extraCommands?: Record<string, ConsoleCommand>;
}

/** `newsroom console`: commands typed as in Discord, answers printed as text. */
export function consoleCommand(deps: ConsoleDeps): CommandPlugin {
  return (program, dispatch) => {
    program
      .command('console')
      .description('interactive console: type commands as in Discord, e.g. /search query:kim putin')
      .action((_o: unknown, cmd: Command) =>
        dispatch(cmd, async (session) => {
          const added = await seedExamplesIfEmpty(session);
          if (added > 0 && deps.stdin.isTTY) {
            printLine(
              session.io,
              `Empty store: added ${added} sample articles (remove them with: newsroom remove --examples).`,
            );
          }
          return runRepl({
            session,
            stdin: deps.stdin,
            commands: { ...baseConsoleCommands, ...deps.extraCommands },
          });
        }),
      );
  };
}
