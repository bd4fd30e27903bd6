import { Command, Option } from 'commander';
import type { CliSession } from './session.js';
import { runSearch } from './commands/search.js';
import { runShow } from './commands/show.js';
import { runList } from './commands/list.js';
import { runStats } from './commands/stats.js';
import { runRemove } from './commands/remove.js';
import { runIngest } from './commands/ingest.js';
import { runDoctor } from './commands/doctor.js';

/** Global options every command accepts. */
export interface GlobalOptions {
  db?: string;
  scope?: string;
  json?: boolean;
}

/** Runs one command with the session built from the global options; returns the exit code. */
export type Dispatch = (cmd: Command, run: (session: CliSession) => Promise<number>) => Promise<void>;

/** Commands that later parts (answers, console, feeds…) add to the program. */
export type CommandPlugin = (program: Command, dispatch: Dispatch) => void;

/** The `newsroom` command tree. Handlers are the same functions the console calls. */
export function buildProgram(dispatch: Dispatch, plugins: readonly CommandPlugin[] = []): Command {
  const program = new Command('newsroom')
    .description('Ask about your stored news articles; every answer is cited.')
    .option('--db <path>', 'SQLite database file (overrides NEWSROOM_DB)')
    .option('--scope <guildId>', "see global articles plus this Discord server's own")
    .option('--json', 'machine-readable output on stdout')
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('ingest')
    .description('add articles from files, folders, page URLs or feed URLs')
    .argument('<inputs...>', 'files, folders, http(s) page or feed URLs')
    .option('--outlet <name>', 'outlet for inputs that name none')
    .option('--published <date>', 'publication date for inputs that have none')
    .action((inputs: string[], o: { outlet?: string; published?: string }, cmd: Command) =>
      dispatch(cmd, (s) => runIngest(s, { inputs, outlet: o.outlet, published: o.published })),
    );

  const filters = (c: Command) =>
    c
      .option('--since <date>', 'from this date (YYYY-MM-DD or e.g. "last week")')
      .option('--until <date>', 'up to this date')
      .option('--outlet <name>', 'only this outlet');

  filters(program.command('search').description('full-text search').argument('<query...>'))
    .option('--limit <n>', 'how many results', '10')
    .action(
      (q: string[], o: { since?: string; until?: string; outlet?: string; limit?: string }, cmd: Command) =>
        dispatch(cmd, (s) => runSearch(s, { ...o, query: q.join(' ') })),
    );

  program
    .command('show')
    .description('one stored article, text exactly as citations see it')
    .argument('<articleId>', 'id or external id')
    .option('--versions', 'list its earlier versions and what the last update changed')
    .action((id: string, o: { versions?: boolean }, cmd: Command) =>
      dispatch(cmd, (s) => runShow(s, { id, versions: o.versions === true })),
    );

  filters(program.command('list').description('stored articles, newest first'))
    .option('--limit <n>', 'how many', '20')
    .action((o: { since?: string; until?: string; outlet?: string; limit?: string }, cmd: Command) =>
      dispatch(cmd, (s) => runList(s, o)),
    );

  program
    .command('stats')
    .description('counts and date range')
    .action((_o: unknown, cmd: Command) => dispatch(cmd, (s) => runStats(s)));

  program
    .command('remove')
    .description('remove a stored article, or the bundled examples')
    .argument('[articleId]', 'id or external id')
    .addOption(new Option('--examples', 'remove the bundled sample articles'))
    .action((id: string | undefined, o: { examples?: boolean }, cmd: Command) =>
      dispatch(cmd, (s) => runRemove(s, { id, examples: o.examples })),
    );

  program
    .command('doctor')
    .description(
      'check the configuration, database, feeds, Discord and Anthropic setup, and say how to fix problems',
    )
    .action((_o: unknown, cmd: Command) => dispatch(cmd, (s) => runDoctor(s)));

  for (const plugin of plugins) plugin(program, dispatch);
  return program;
}
