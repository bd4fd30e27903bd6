import type { Command } from 'commander';
import type { CommandPlugin } from '../program.js';
import type { CliSession } from '../session.js';
import { ExitCode, printJson, printLine } from '../io.js';
import { parseLimit, toArticleFilter } from '../filters.js';
import type { MergedStory, StorySummary } from '../../stories/story-store.js';

export interface StoriesCommandOptions {
  since?: string | undefined;
  until?: string | undefined;
  limit?: string | number | undefined;
  /** Only stories with at least this many original articles. */
  minArticles?: string | number | undefined;
}

/**
 * `newsroom stories`: stories (articles about one event across outlets), most recent first.
 * Articles stored before grouping ran are grouped first, so the list is always complete. A story
 * that was merged into another is listed right after it, as `{ id, label, mergedInto }`, so a
 * reader holding the old id finds where it went (the old id also still works with `--story`);
 * such entries do not count toward `--limit`.
 */
export async function runStories(session: CliSession, options: StoriesCommandOptions): Promise<number> {
  const filter = toArticleFilter(session, { since: options.since, until: options.until });
  const ctx = await session.context();
  await ctx.grouping.backfill();
  const minArticles = parseLimit(options.minArticles, 1, 1_000_000);
  const listed = await ctx.stories.list({
    guild: filter.guild,
    since: filter.since,
    until: filter.until,
    limit: parseLimit(options.limit, 50, 1000),
  });
  const stories = listed.filter((s) => s.articles.length >= minArticles);
  const merged = await ctx.stories.redirects(
    stories.map((s) => s.id),
    { guild: filter.guild },
  );
  const mergedInto = (id: string): MergedStory[] => merged.filter((m) => m.mergedInto === id);
  if (session.io.json) {
    printJson(session.io, {
      stories: stories.flatMap(({ id, label, articles, copies, outlets, first, last }) => [
        { id, label, articles, copies, outlets, first, last },
        ...mergedInto(id).map((m) => ({ id: m.id, label: m.label, mergedInto: m.mergedInto })),
      ]),
    });
  } else {
    const blocks = stories.map((s) => formatStory(s, mergedInto(s.id)));
    printLine(session.io, blocks.length ? blocks.join('\n\n') : 'No stories.');
  }
  return ExitCode.ok;
}

/** Two lines per story (id and label, then counts, outlets and dates), and one per story merged into it. */
export function formatStory(s: StorySummary, merged: readonly MergedStory[] = []): string {
  const span = s.first === s.last ? s.first : `${s.first} – ${s.last}`;
  const counts = `${s.articles.length} article${s.articles.length === 1 ? '' : 's'}${s.copies.length ? ` (+${s.copies.length} cop${s.copies.length === 1 ? 'y' : 'ies'})` : ''}`;
  const lines = [
    `${s.id}  ${s.label}`,
    `    ${counts} · ${s.outlets.join(', ') || 'outlet unknown'} · ${span}`,
  ];
  for (const m of merged) lines.push(`    merged in: ${m.id}  ${m.label}`);
  return lines.join('\n');
}

/** Adds `newsroom stories` to the program. */
export const storiesCommand: CommandPlugin = (program, dispatch) => {
  program
    .command('stories')
    .description('stories: articles about the same event across outlets and days, most recent first')
    .option('--since <date>', 'stories with an article from this date (YYYY-MM-DD or e.g. "last week")')
    .option('--until <date>', 'stories with an article up to this date')
    .option('--limit <n>', 'how many stories', '50')
    .option('--min-articles <n>', 'only stories with at least this many articles', '1')
    .action((o: StoriesCommandOptions, cmd: Command) => dispatch(cmd, (s) => runStories(s, o)));
};
