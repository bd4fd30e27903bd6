import type { Article } from '../articles/article.js';
import type { ArticleStore } from '../store/article-store.js';
import { addDays, localDate } from '../dates/zone.js';

const PAGE = 1000;

/**
 * The local calendar date an article counts on: its publication date as written when that is a
 * bare date, the local date of its publication time, or — undated — of its ingest time.
 */
export function articleDay(a: Article, timeZone: string): string {
  if (a.publishedAt !== null && /^\d{4}-\d{2}-\d{2}$/.test(a.publishedAt)) return a.publishedAt;
  const instant = new Date(a.publishedAt ?? a.ingestedAt);
  return Number.isNaN(instant.getTime()) ? a.ingestedAt.slice(0, 10) : localDate(instant, timeZone);
}

/** The instant used to order articles by recency (publication time, else ingest time). */
export function articleInstant(a: Article): number {
  const t = Date.parse(a.publishedAt ?? a.ingestedAt);
  return Number.isNaN(t) ? Date.parse(a.ingestedAt) : t;
}

/**
 * Every article (copies included) that counts on `date` in `timeZone`, visible in the guild's
 * scope. The store filters by UTC day, so one day either side is read and the rest filtered here.
 */
export async function articlesOfDay(
  store: ArticleStore,
  args: { date: string; timeZone: string; guild?: string | undefined },
): Promise<Article[]> {
  const out: Article[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.list({
      guild: args.guild,
      since: addDays(args.date, -1),
      until: addDays(args.date, 1),
      limit: PAGE,
      offset,
    });
    for (const a of page) if (articleDay(a, args.timeZone) === args.date) out.push(a);
    if (page.length < PAGE) return out;
  }
}
