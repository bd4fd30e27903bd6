import type { Command } from 'commander';
import type { CommandPlugin } from '../program.js';
import type { CliSession } from '../session.js';
import { ExitCode, printJson, printLine } from '../io.js';
import { GLOBAL_SCOPE } from '../../articles/article.js';

type Action =
  | { action: 'add'; url: string }
  | { action: 'list' }
  | { action: 'remove'; feed: string }
  | { action: 'poll' };

/**
 * `newsroom feeds add|list|remove|poll`: the newsroom's global feeds (with `--scope <guildId>`,
 * that server's). `add` reads the feed at once; `poll` reads every feed now, due or not.
 */
export async function runFeeds(session: CliSession, a: Action): Promise<number> {
  const ctx = await session.context();
  const scope = session.scope ?? GLOBAL_SCOPE;
  const svc = await import('../../feeds/service.js');
  const { feedHealth } = await import('../../feeds/health.js');
  const now = () => ctx.clock.now();
  switch (a.action) {
    case 'add': {
      const { feed, poll } = await svc.addFeed(ctx, { scope, url: a.url, by: 'cli' });
      if (session.io.json) printJson(session.io, { feed, poll });
      else
        printLine(
          session.io,
          `Added ${feed.id} ${feed.title ? `“${feed.title}” ` : ''}<${feed.url}>: ${poll.items} items, ${poll.added} new articles.`,
        );
      return poll.failedItems > 0 ? ExitCode.partial : ExitCode.ok;
    }
    case 'list': {
      const feeds = await svc.listFeeds(ctx, scope);
      if (session.io.json) {
        printJson(session.io, { feeds });
      } else if (feeds.length === 0) {
        printLine(session.io, 'No feeds. Add one with: newsroom feeds add <url>');
      } else {
        for (const f of feeds) {
          const h = feedHealth(f, now());
          printLine(
            session.io,
            `${f.id}  [${h.state}] ${f.title ?? ''} <${f.url}>\n    ${h.summary}${h.error ? `\n    ${h.error}` : ''}`,
          );
        }
      }
      return ExitCode.ok;
    }
    case 'remove': {
      const feed = await svc.removeFeed(ctx, scope, a.feed);
      if (session.io.json) printJson(session.io, { removed: feed });
      else printLine(session.io, `Removed ${feed.id} <${feed.url}> (its articles stay).`);
      return ExitCode.ok;
    }
    case 'poll': {
      const results = await svc.pollAll(ctx, scope);
      if (session.io.json) printJson(session.io, { results });
      else if (results.length === 0) printLine(session.io, 'No feeds to poll.');
      else
        for (const r of results)
          printLine(
            session.io,
            `${r.feedId} ${r.status}${r.status === 'failed' ? `: ${r.error}` : `: ${r.items} items, ${r.newItems} new, ${r.added} added`}`,
          );
      return results.some((r) => r.status === 'failed' || r.failedItems > 0) ? ExitCode.partial : ExitCode.ok;
    }
  }
}

/** Adds `newsroom feeds …` to the program. */
export const feedsCommand: CommandPlugin = (program, dispatch) => {
  const feeds = program.command('feeds').description('RSS and Atom feeds polled for new articles');
  feeds
    .command('add')
    .description('add a feed and read it now')
    .argument('<url>', 'the feed address')
    .action((url: string, _o: unknown, cmd: Command) =>
      dispatch(cmd, (s) => runFeeds(s, { action: 'add', url })),
    );
  feeds
    .command('list')
    .description('feeds with their health: last success, last error, item count')
    .action((_o: unknown, cmd: Command) => dispatch(cmd, (s) => runFeeds(s, { action: 'list' })));
  feeds
    .command('remove')
    .description('stop polling a feed (its articles stay)')
    .argument('<feed>', 'feed id or URL')
    .action((feed: string, _o: unknown, cmd: Command) =>
      dispatch(cmd, (s) => runFeeds(s, { action: 'remove', feed })),
    );
  feeds
    .command('poll')
    .description('read every feed now, due or not')
    .action((_o: unknown, cmd: Command) => dispatch(cmd, (s) => runFeeds(s, { action: 'poll' })));
};
