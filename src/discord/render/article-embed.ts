import type { APIEmbed } from 'discord.js';
import type { Article } from '../../articles/article.js';
import { sentenceSpans } from '../../articles/sentences.js';
import { versionsSummary } from '../../articles/sentence-diff.js';
import { safeLinkUrl, safeText, truncate } from './escape.js';

/**
 * One stored article's details: linked title, whole-sentence opening, outlet, dates, id, who can
 * see it, and, when it was updated, how often and how much the last update changed.
 */
export function renderArticleEmbed(
  article: Article,
  guildId: string | null,
  extra: { versions?: ReadonlyArray<{ text: string }> } = {},
): APIEmbed {
  const url = safeLinkUrl(article.url);
  const updated = versionsSummary(extra.versions ?? [], article.text);
  const fields = [
    { name: 'Outlet', value: safeText(truncate(article.outlet ?? 'unknown', 200)), inline: true },
    { name: 'Published', value: article.publishedAt?.slice(0, 10) ?? 'unknown', inline: true },
    { name: 'Added', value: article.ingestedAt.slice(0, 10), inline: true },
    { name: 'Id', value: `\`${article.id}\``, inline: true },
    {
      name: 'Visible to',
      value: article.scope === guildId ? 'This server only' : 'Every server',
      inline: true,
    },
    ...(article.byline
      ? [{ name: 'Byline', value: safeText(truncate(article.byline, 200)), inline: true }]
      : []),
    ...(article.duplicateOf ? [{ name: 'Copy of', value: `\`${article.duplicateOf}\``, inline: true }] : []),
    ...(updated
      ? [{ name: 'Versions', value: `${updated[0]!.toUpperCase()}${updated.slice(1)}`, inline: false }]
      : []),
  ];
  return {
    title: safeText(truncate(article.title || 'Untitled', 240)),
    ...(url ? { url } : {}),
    description: opening(article.text, 700) || '*No text.*',
    fields,
    footer: {
      text: `${article.text.length.toLocaleString('en-US')} characters${article.language ? ` · ${article.language}` : ''}`,
    },
  };
}

/** The article's first whole sentences up to `max` characters (one overlong first sentence is cut between words). */
function opening(text: string, max: number): string {
  let end = 0;
  for (const s of sentenceSpans(text)) {
    if (s.end > max) break;
    end = s.end;
  }
  const raw = end > 0 ? text.slice(0, end) : truncate(text, max);
  return safeText(raw.replace(/\n\n+/g, '\n\n'));
}
