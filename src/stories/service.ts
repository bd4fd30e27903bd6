import { GLOBAL_SCOPE, type Article, type Scope } from '../articles/article.js';
import type { Clock } from '../clock.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { StoryLookup } from '../retrieval/index.js';
import type { ArticleStore, ScopeFilter } from '../store/article-store.js';
import { StoryGrouper } from './grouper.js';
import type { Assignment, GroupingArticle } from './model.js';
import { storiesFor } from './open.js';
import type { MergedStory, StoryListQuery, StoryStore, StorySummary } from './story-store.js';

/** What story functions need: the article store, a clock and a logger (an AppContext fits). */
export interface StoriesContext {
  store: ArticleStore;
  clock: Clock;
  log: Logger;
}

// One grouping at a time per story store: two interleaved batches could both start a story for
// the same event. The chain never rejects, so one failure does not block later batches.
const queues = new WeakMap<StoryStore, Promise<unknown>>();

function serialized<T>(stories: StoryStore, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(stories) ?? Promise.resolve()).then(work);
  queues.set(
    stories,
    run.catch(() => undefined),
  );
  return run;
}

/** The grouping view of a stored article: dated by publication, else by ingest. */
export function groupingArticle(a: Article): GroupingArticle {
  return {
    id: a.id,
    scope: a.scope,
    title: a.title,
    text: a.text,
    date: a.publishedAt ?? a.ingestedAt,
    duplicateOf: a.duplicateOf,
  };
}

/** Groups one stored article into a story (after a successful save). */
export async function assignStory(ctx: StoriesContext, article: Article): Promise<Assignment> {
  const [a] = await assignArticles(ctx, [article]);
  return a!;
}

/** Groups a batch of stored articles, in date order, counted together (see StoryGrouper). */
export async function assignArticles(
  ctx: StoriesContext,
  articles: readonly Article[],
): Promise<Assignment[]> {
  const stories = storiesFor(ctx.store, ctx.clock);
  return serialized(stories, async () => {
    const out = await new StoryGrouper(stories).assign(articles.map(groupingArticle));
    const started = out.filter((a) => a.action === 'started').length;
    const merged = out.flatMap((a) =>
      (a.merged ?? []).map((from) => ({ from, into: a.storyId, by: a.articleId })),
    );
    ctx.log.debug(
      { articles: out.length, started, joined: out.filter((a) => a.action === 'joined').length },
      'stories assigned',
    );
    for (const m of merged) ctx.log.info(m, 'stories merged: an article belongs to both');
    return out;
  });
}

/**
 * The ingest hook: after a run saved articles into `scope`, groups them. Errors are logged and
 * swallowed, since grouping must never fail an ingest (a later back-fill picks the articles up).
 */
export function storiesOnSaved(
  ctx: StoriesContext,
  scope: Scope = GLOBAL_SCOPE,
): (saved: ReadonlyArray<{ id: string }>) => Promise<void> {
  return async (saved) => {
    try {
      const articles = await ctx.store.getMany(
        saved.map((s) => s.id),
        scopeFilter(scope),
      );
      await assignArticles(ctx, articles);
    } catch (err) {
      ctx.log.error({ err }, 'story grouping failed after ingest');
    }
  };
}

/** Groups stored articles that have no story yet (articles saved before grouping ran); returns how many. */
export async function backfillStories(ctx: StoriesContext, batchSize = 2000): Promise<number> {
  const stories = storiesFor(ctx.store, ctx.clock);
  let total = 0;
  for (;;) {
    const pending = await stories.ungrouped(batchSize);
    if (pending.length === 0) return total;
    const articles: Article[] = [];
    for (const [scope, ids] of groupBy(pending))
      articles.push(...(await ctx.store.getMany(ids, scopeFilter(scope))));
    if (articles.length === 0) return total;
    await assignArticles(ctx, articles);
    total += articles.length;
    if (pending.length < batchSize) return total;
  }
}

/** Stories visible in a scope, most recent first. */
export async function listStories(ctx: StoriesContext, query: StoryListQuery): Promise<StorySummary[]> {
  return storiesFor(ctx.store, ctx.clock).list(query);
}

/** The stories merged into the given ones (their ids still resolve to the story they went into). */
export async function mergedStories(
  ctx: StoriesContext,
  storyIds: readonly string[],
  scope: ScopeFilter,
): Promise<MergedStory[]> {
  return storiesFor(ctx.store, ctx.clock).redirects(storyIds, scope);
}

/** One story as a scope sees it (a merged-away id resolves to the story it went into), or null. */
export async function getStory(
  ctx: StoriesContext,
  storyId: string,
  scope: ScopeFilter,
): Promise<StorySummary | null> {
  return storiesFor(ctx.store, ctx.clock).get(storyId.trim(), scope);
}

/** The original articles of a story visible in the scope (copies excluded); null for an unknown story. */
export async function storyArticleIds(
  ctx: StoriesContext,
  storyId: string,
  scope: ScopeFilter,
): Promise<string[] | null> {
  return (await getStory(ctx, storyId, scope))?.articles ?? null;
}

/** Story resolution for retrieval (`AnswerRequest.story`). */
export function storyLookup(ctx: StoriesContext): StoryLookup {
  return { articleIds: (story, scope) => storyArticleIds(ctx, story, scope) };
}

/** For `--story <id>` on the command line: the story's article ids, or a UserError. */
export async function resolveStoryArticles(
  ctx: StoriesContext,
  storyId: string,
  guild: string | undefined,
): Promise<string[]> {
  const ids = await storyArticleIds(ctx, storyId, { guild });
  if (ids === null)
    throw new UserError(
      `No story with id "${storyId.slice(0, 80)}" (see \`newsroom stories\`).`,
      'not_found',
    );
  return ids;
}

/** "Covered by 5 outlets" (with the article count and span), for answers over a story. */
export function storyCoverageNote(s: StorySummary): string {
  const outlets = s.outlets.length === 1 ? '1 outlet' : `${s.outlets.length} outlets`;
  const articles = s.articles.length === 1 ? '1 article' : `${s.articles.length} articles`;
  const span = s.first === s.last ? s.first : `${s.first} to ${s.last}`;
  return `Covered by ${outlets} (${articles}, ${span}).`;
}

function scopeFilter(scope: Scope): ScopeFilter {
  return { guild: scope === GLOBAL_SCOPE ? undefined : scope };
}

function groupBy(rows: ReadonlyArray<{ id: string; scope: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.scope, [...(out.get(r.scope) ?? []), r.id]);
  return out;
}
