import { createInterface } from 'node:readline';
import type { CliSession } from '../session.js';
import { printLine, reportError } from '../io.js';
import { parseConsoleLine } from './parse.js';
import { grammarOf, type ConsoleCommand } from './console-commands.js';

export interface ReplOptions {
  session: CliSession;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  commands: Record<string, ConsoleCommand>;
}

/**
 * The interactive console: reads lines (a prompt on a terminal; piped input is read to its end),
 * runs each as a command, and keeps going after errors. Returns the exit code of the last command.
 */
export async function runRepl({ session, stdin, commands }: ReplOptions): Promise<number> {
  const { io } = session;
  const interactive = Boolean(stdin.isTTY);
  const grammar = grammarOf(commands);
  const rl = createInterface({
    input: stdin,
    output: interactive ? io.stdout : undefined,
    terminal: interactive,
  });
  if (interactive) {
    printLine(io, 'Newsroom console. Type /help for commands, /quit to leave.');
    rl.setPrompt('newsroom> ');
    rl.prompt();
  }
  let last = 0;
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit' || line === 'quit' || line === 'exit') break;
    if (line && !line.startsWith('#')) {
      if (line === '/help' || line === 'help' || line === '/newsroom help') {
        printLine(io, helpText(commands));
      } else {
        try {
          const parsed = parseConsoleLine(line, grammar);
          last = await commands[parsed.command]!.run(session, parsed.options);
        } catch (err) {
          last = reportError(io, err);
        }
      }
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  return last;
}

function helpText(commands: Record<string, ConsoleCommand>): string {
  return [
    "Commands (an option's value runs to the next name:, quotes allowed):",
    ...Object.values(commands).map((c) => '  ' + c.help),
    '  /help, /quit',
  ].join('\n');
}
