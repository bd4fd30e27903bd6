import type { APIEmbed } from 'discord.js';
import type { SearchHit } from '../../store/article-store.js';
import { maskedLink, safeText, truncate } from './escape.js';
import { LIMITS } from './limits.js';

/**
 * Search results as one embed: each hit's linked title, outlet, date and id (for `/article show`),
 * with its snippet (matched terms in bold, everything else escaped). Hits that would break the
 * description limit are counted in the footer instead.
 */
export function renderSearchEmbed(query: string, hits: readonly SearchHit[]): APIEmbed {
  const title = truncate(`Search: ${query.replace(/\s+/g, ' ').trim()}`, 200);
  const lines: string[] = [];
  let length = 0;
  let shown = 0;
  for (const [i, hit] of hits.entries()) {
    const a = hit.article;
    const head = `**${i + 1}.** ${maskedLink(truncate(a.title, 150), a.url)} — ${safeText(truncate(a.outlet ?? 'outlet unknown', 60))}, ${a.publishedAt?.slice(0, 10) ?? 'undated'} · \`${a.id}\``;
    const snippet = hit.snippet ? `\n> ${snippetMarkdown(hit.snippet)}` : '';
    const entry = `${head}${snippet}`;
    if (length + entry.length + 2 > LIMITS.embedDescription - 100) break;
    lines.push(entry);
    length += entry.length + 2;
    shown += 1;
  }
  const more = hits.length - shown;
  return {
    title: safeText(title),
    description: lines.length > 0 ? lines.join('\n\n') : 'No stored article matches.',
    footer: {
      text: `${shown} ${shown === 1 ? 'result' : 'results'}${more > 0 ? ` (${more} more not shown)` : ''} · /article show <id> for details`,
    },
  };
}

/** The store's snippet (`**term**` marks matches) as Discord markdown: marks kept, the rest escaped, one line. */
export function snippetMarkdown(snippet: string): string {
  const flat = truncate(snippet.replace(/\s+/g, ' ').trim(), 300);
  return flat
    .split('**')
    .map((part, i) => (i % 2 === 1 && part ? `**${safeText(part)}**` : safeText(part)))
    .join('');
}
