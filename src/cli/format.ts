import type { Article } from '../articles/article.js';
import type { SearchHit, StoreStats } from '../store/article-store.js';

/** "Title — Outlet, 2023-09-05" */
export function articleLine(a: Article): string {
  const meta = [a.outlet, a.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');
  return meta ? `${a.title} — ${meta}` : a.title;
}

export function formatSearchHits(hits: readonly SearchHit[]): string {
  return hits
    .map((h, i) => {
      const lines = [`${i + 1}. ${articleLine(h.article)}  [${h.article.externalId ?? h.article.id}]`];
      if (h.snippet) lines.push(`   ${h.snippet.replace(/\s+/g, ' ')}`);
      if (h.article.url) lines.push(`   ${h.article.url}`);
      return lines.join('\n');
    })
    .join('\n');
}

export function formatArticleList(articles: readonly Article[]): string {
  return articles.map((a) => `${(a.externalId ?? a.id).padEnd(24)} ${articleLine(a)}`).join('\n');
}

export function formatArticle(a: Article): string {
  const rows: Array<[string, string | null]> = [
    ['id', a.id],
    ['external id', a.externalId],
    ['title', a.title],
    ['outlet', a.outlet],
    ['byline', a.byline],
    ['published', a.publishedAt ? `${a.publishedAt} (from ${a.publishedAtSource})` : 'unknown'],
    ['ingested', a.ingestedAt],
    ['url', a.url],
    ['canonical url', a.canonicalUrl],
    ['language', a.language],
    ['scope', a.scope],
    ['duplicate of', a.duplicateOf],
    ['example', a.isExample ? 'yes' : null],
    ['content hash', a.contentHash],
  ];
  const head = rows
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k.padEnd(14)} ${v}`)
    .join('\n');
  return `${head}\n\n${a.text}`;
}

export function formatStats(s: StoreStats): string {
  return [
    `articles   ${s.articles}`,
    `duplicates ${s.duplicates}`,
    `examples   ${s.examples}`,
    `outlets    ${s.outlets}`,
    `scopes     ${s.scopes}`,
    `oldest     ${s.oldest ?? '-'}`,
    `newest     ${s.newest ?? '-'}`,
    `size       ${(s.bytes / 1024 / 1024).toFixed(1)} MB`,
  ].join('\n');
}
