import type { Command } from 'commander';
import type { CliSession } from '../session.js';
import type { CommandPlugin } from '../program.js';
import type { ConsoleCommand } from '../console/console-commands.js';
import { printJson, printLine, ExitCode } from '../io.js';
import type { FilterOptions } from '../filters.js';
import type { AnswerKind } from '../../answers/answer.js';
import { answerRequestFrom, type AnswerInput } from '../../answers/request-from-input.js';
import { askCommand, askConsoleCommand } from './ask.js';

export interface AnswerCommandOptions extends Omit<AnswerInput, 'guild'> {
  /** `--engine`: extractive or claude. */
  engine?: string | undefined;
}

/** `newsroom summarize|timeline|whosaid`: a cited answer, as text or `--json`. */
export async function runAnswer(session: CliSession, options: AnswerCommandOptions): Promise<number> {
  const request = answerRequestFrom({ ...options, guild: session.scope }, { now: session.clock.now() });
  const engine = await (await session.context()).answerEngine(options.engine?.trim() || undefined);
  const answer = await engine.answer(request);
  if (session.io.json) {
    printJson(session.io, answer);
  } else {
    const { renderAnswerText } = await import('../../answers/render-text.js');
    printLine(session.io, renderAnswerText(answer));
  }
  return ExitCode.ok;
}

const KINDS: Array<{ name: string; kind: AnswerKind; description: string }> = [
  { name: 'summarize', kind: 'summary', description: 'a sourced summary of what the stored articles say' },
  { name: 'timeline', kind: 'timeline', description: 'dated events in order, each cited' },
  {
    name: 'whosaid',
    kind: 'quotes',
    description: 'who said what: verbatim quotes and reported speech, by speaker',
  },
];

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface AnswerFlags extends FilterOptions {
  article?: string[];
  speaker?: string;
  story?: string;
  engine?: string;
}

/** Registers summarize, timeline, whosaid and ask on the command line. */
export const answerCommands: CommandPlugin = (program, dispatch) => {
  askCommand(program, dispatch);
  for (const { name, kind, description } of KINDS) {
    const cmd: Command = program
      .command(name)
      .description(description)
      .argument('[query...]', 'what to ask about')
      .option('--article <id>', 'answer from this article in full (repeatable)', collect)
      .option('--since <date>', 'from this date (YYYY-MM-DD or e.g. "last week")')
      .option('--until <date>', 'up to this date')
      .option('--outlet <name>', 'only this outlet')
      .option('--story <id>', 'answer over a whole story (see newsroom stories)')
      .option('--engine <name>', 'extractive or claude (default: claude when ANTHROPIC_API_KEY is set)');
    if (kind === 'quotes') cmd.option('--speaker <name>', 'only this speaker');
    cmd.action((query: string[], o: AnswerFlags, c: Command) =>
      dispatch(c, (s) => runAnswer(s, { ...o, kind, query: query.join(' '), articles: o.article })),
    );
  }
};

const one = (o: Record<string, string[]>, name: string) => o[name]?.at(-1);

/** The same commands in the console: `/summarize query:north korea article:abc`, and `/ask`. */
export const answerConsoleCommands: Record<string, ConsoleCommand> = Object.fromEntries([
  ['ask', askConsoleCommand],
  ...KINDS.map(({ name, kind }) => {
    const options = [
      'query',
      'article',
      'since',
      'until',
      'outlet',
      'story',
      'engine',
      ...(kind === 'quotes' ? ['speaker'] : []),
    ];
    const command: ConsoleCommand = {
      options,
      help: `/${name} query:<words> [article:] [since:] [until:] [outlet:]${kind === 'quotes' ? ' [speaker:]' : ''} [story:]`,
      run: (s, o) =>
        runAnswer(s, {
          kind,
          query: one(o, 'query') ?? '',
          articles: o.article?.flatMap((a) => a.split(/[\s,]+/)),
          since: one(o, 'since'),
          until: one(o, 'until'),
          outlet: one(o, 'outlet'),
          speaker: one(o, 'speaker'),
          story: one(o, 'story'),
          engine: one(o, 'engine'),
        }),
    };
    return [name, command] as const;
  }),
]);
