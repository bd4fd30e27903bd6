import type { CliSession } from '../session.js';
import { runSearch } from '../commands/search.js';
import { runShow } from '../commands/show.js';
import { runList } from '../commands/list.js';
import { runStats } from '../commands/stats.js';
import { runRemove } from '../commands/remove.js';
import { runIngest } from '../commands/ingest.js';
import type { ConsoleGrammar } from './parse.js';

type Options = Record<string, string[]>;
/** A console command: its option names (first = bare text) and its handler. */
export interface ConsoleCommand {
  options: readonly string[];
  help: string;
  run(session: CliSession, options: Options): Promise<number>;
}

const one = (o: Options, name: string): string | undefined => o[name]?.at(-1);

/** The console's commands, typed the way they are typed in Discord. Answer commands are added by their module. */
export const baseConsoleCommands: Record<string, ConsoleCommand> = {
  search: {
    options: ['query', 'since', 'until', 'outlet', 'limit'],
    help: '/search query:<words> [since:] [until:] [outlet:] [limit:]',
    run: (s, o) =>
      runSearch(s, {
        query: one(o, 'query') ?? '',
        since: one(o, 'since'),
        until: one(o, 'until'),
        outlet: one(o, 'outlet'),
        limit: one(o, 'limit'),
      }),
  },
  'article show': {
    options: ['id', 'versions'],
    help: '/article show id:<article id> [versions:true]',
    run: (s, o) => runShow(s, { id: one(o, 'id') ?? '', versions: one(o, 'versions') === 'true' }),
  },
  'article remove': {
    options: ['id'],
    help: '/article remove id:<article id>',
    run: (s, o) => runRemove(s, { id: one(o, 'id') }),
  },
  list: {
    options: ['since', 'until', 'outlet', 'limit'],
    help: '/list [since:] [until:] [outlet:] [limit:]',
    run: (s, o) =>
      runList(s, {
        since: one(o, 'since'),
        until: one(o, 'until'),
        outlet: one(o, 'outlet'),
        limit: one(o, 'limit'),
      }),
  },
  stats: { options: [], help: '/stats', run: (s) => runStats(s) },
  ingest: {
    options: ['url', 'outlet', 'published'],
    help: '/ingest url:<file, folder or URL> [outlet:] [published:]',
    run: (s, o) =>
      runIngest(s, { inputs: o.url ?? [], outlet: one(o, 'outlet'), published: one(o, 'published') }),
  },
};

export function grammarOf(commands: Record<string, ConsoleCommand>): ConsoleGrammar {
  const grammar: Record<string, readonly string[]> = {};
  for (const [name, c] of Object.entries(commands)) grammar[name] = c.options;
  return grammar;
}
