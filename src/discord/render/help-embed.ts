import type { APIEmbed } from 'discord.js';

/** The /newsroom help guide, with what this server can currently see. */
export function helpEmbed(stats: { articles: number; outlets: number; newest: string | null }): APIEmbed {
  return {
    title: 'Newsroom Bot',
    description: [
      'Answers from the stored articles, every sentence cited to its source.',
      '',
      '**/summarize** `query` — a short cited summary.',
      '**/timeline** `query` — dated events in order.',
      '**/whosaid** `query` `[speaker]` — verbatim quotes grouped by speaker.',
      '**/search** `query` — matching articles with snippets and ids.',
      "**/article show** `article` — one article's details and link.",
      '',
      "Narrow any answer with `article`, `outlet`, `since` and `until` (`2024-03-01` or words like `last week`, read in this server's time zone). Answers are posted in the channel; add `public:False` to keep one to yourself.",
      'Under an answer: **Sources** lists every source, **Copy** gives it as Markdown with links.',
      '',
      'With **Manage Server**: **/ingest** `url` or `attachment` adds articles for this server only; **/article remove** removes one of them.',
    ].join('\n'),
    footer: {
      text: `${stats.articles} articles from ${stats.outlets} outlets visible here${stats.newest ? ` · newest ${stats.newest.slice(0, 10)}` : ''}`,
    },
  };
}
