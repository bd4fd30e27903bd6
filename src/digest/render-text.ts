import type { Digest } from './digest.js';
import { longDate, plural } from './wording.js';

/** A digest as plain text for the command line: stories, cited sentences with `[n]` markers, and sources. */
export function renderDigestText(digest: Digest): string {
  const out = [`Daily digest — ${longDate(digest.date)} (${digest.timeZone})`, ''];
  if (digest.stories.length === 0) {
    out.push(`No new articles on ${longDate(digest.date)}.`);
    return out.join('\n');
  }
  digest.stories.forEach((s, i) => {
    const who =
      s.outlets.length > 1
        ? `covered by ${plural(s.outlets.length, 'outlet')}: ${s.outlets.join(', ')}`
        : (s.outlets[0] ?? 'outlet unknown');
    out.push(`${i + 1}. ${s.label}  [${s.id}]`, `   ${who}`);
    for (const item of s.summary)
      out.push(
        `   ${item.text.replace(/\s+/g, ' ').trim()} ${[...new Set(item.citations.map((c) => `[${c.source}]`))].join('')}`,
      );
    for (const src of s.sources)
      out.push(
        `     [${src.n}] ${src.title} — ${src.outlet ?? 'unknown outlet'}${src.url ? ` <${src.url}>` : ''}`,
      );
    if (s.sources.length === 0)
      for (const l of s.links)
        out.push(`     ${l.title} — ${l.outlet ?? 'unknown outlet'}${l.url ? ` <${l.url}>` : ''}`);
    out.push('');
  });
  if (digest.moreStories > 0) out.push(`…and ${plural(digest.moreStories, 'more story', 'more stories')}.`);
  out.push(`${plural(digest.articleCount, 'article')} · ${digest.engine}`);
  return out.join('\n');
}
