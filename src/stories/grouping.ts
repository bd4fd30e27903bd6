import { GLOBAL_SCOPE, type Article, type Scope } from '../articles/article.js';
import type { Logger } from '../log.js';
import type { ArticleStore, ScopeFilter } from '../store/article-store.js';
import { StoryGrouper } from './grouper.js';
import type { Assignment, GroupingArticle } from './model.js';
import type { StoryStore } from './story-store.js';

/** What story grouping reads and writes. */
export interface StoryGroupingDeps {
  store: Pick<ArticleStore, 'getMany'>;
  stories: StoryStore;
  log: Logger;
}

/** Story grouping of one store, built once by the composition root. */
export interface StoryGrouping {
  /** Groups a batch of stored articles, in date order, counted together (see StoryGrouper). */
  assign(articles: readonly Article[]): Promise<Assignment[]>;
  /**
   * The ingest hook: groups the articles an ingest run saved into `scope`. Errors are logged and
   * swallowed, since grouping must never fail an ingest (a later back-fill picks the articles up).
   */
  afterSave(saved: ReadonlyArray<{ id: string }>, scope: Scope): Promise<void>;
  /** Groups stored articles that have no story yet; returns how many. */
  backfill(batchSize?: number): Promise<number>;
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

export function createStoryGrouping(deps: StoryGroupingDeps): StoryGrouping {
  // One grouping at a time: two interleaved batches could both start a story for the same event.
  // Across processes too, when the store can exclude the others. The chain never rejects, so one
  // failure does not block later batches.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(() => (deps.stories.exclusive ? deps.stories.exclusive(work) : work()));
    queue = run.catch(() => undefined);
    return run;
  };

  const assign = (articles: readonly Article[]): Promise<Assignment[]> =>
    serialized(async () => {
      const out = await new StoryGrouper(deps.stories).assign(articles.map(groupingArticle));
      for (const a of out)
        for (const from of a.merged ?? [])
          deps.log.info(
            { from, into: a.storyId, by: a.articleId },
            'stories merged: an article belongs to both',
          );
      deps.log.debug(
        {
          articles: out.length,
          started: out.filter((a) => a.action === 'started').length,
          joined: out.filter((a) => a.action === 'joined').length,
        },
        'stories assigned',
      );
      return out;
    });

  return {
    assign,
    async afterSave(saved, scope) {
      try {
        const articles = await deps.store.getMany(
          saved.map((s) => s.id),
          scopeFilter(scope),
        );
        await assign(articles);
      } catch (err) {
        deps.log.error({ err }, 'story grouping failed after ingest');
      }
    },
    async backfill(batchSize = 2000) {
      let total = 0;
      for (;;) {
        const pending = await deps.stories.ungrouped(batchSize);
        if (pending.length === 0) return total;
        const articles: Article[] = [];
        for (const [scope, ids] of groupBy(pending))
          articles.push(...(await deps.store.getMany(ids, scopeFilter(scope))));
        if (articles.length === 0) return total;
        await assign(articles);
        total += articles.length;
        if (pending.length < batchSize) return total;
      }
    },
  };
}

function scopeFilter(scope: Scope): ScopeFilter {
  return { guild: scope === GLOBAL_SCOPE ? undefined : scope };
}

function groupBy(rows: ReadonlyArray<{ id: string; scope: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.scope, [...(out.get(r.scope) ?? []), r.id]);
  return out;
}
