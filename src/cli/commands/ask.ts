import type { Command } from 'commander';
import type { CliSession } from '../session.js';
import type { CommandPlugin } from '../program.js';
import type { ConsoleCommand } from '../console/console-commands.js';
import { printJson, printLine, ExitCode } from '../io.js';
import { questionRequestFrom } from '../../answers/ask/question-request.js';

export interface AskOptions {
  question: string;
  articles?: readonly string[] | undefined;
  story?: string | undefined;
  /** `--engine`: extractive or claude. */
  engine?: string | undefined;
}

/** `newsroom ask`: a question answered from the given articles (read in full) or a story. */
export async function runAsk(session: CliSession, options: AskOptions): Promise<number> {
  const request = questionRequestFrom({ ...options, guild: session.scope });
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

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Registers `newsroom ask <question> --article <id>... | --story <id>`. */
export const askCommand: CommandPlugin = (program, dispatch) => {
  program
    .command('ask')
    .description('answer a question from given articles (read in full) or a story, every sentence cited')
    .argument('<question...>', 'the question')
    .option('--article <id>', 'read this article in full (repeatable)', collect)
    .option('--story <id>', 'read the articles of this story (see newsroom stories)')
    .option('--engine <name>', 'extractive or claude (default: claude when ANTHROPIC_API_KEY is set)')
    .action((question: string[], o: { article?: string[]; story?: string; engine?: string }, c: Command) =>
      dispatch(c, (s) =>
        runAsk(s, { question: question.join(' '), articles: o.article, story: o.story, engine: o.engine }),
      ),
    );
};

/** `/ask question:<words> article:<id> [article:<id>] | story:<id>` in the console. */
export const askConsoleCommand: ConsoleCommand = {
  options: ['question', 'article', 'story', 'engine'],
  help: '/ask question:<words> article:<id> [article:<id>…] | story:<id>',
  run: (s, o) =>
    runAsk(s, {
      question: o.question?.at(-1) ?? '',
      articles: o.article?.flatMap((a) => a.split(/[\s,]+/)),
      story: o.story?.at(-1),
      engine: o.engine?.at(-1),
    }),
};
