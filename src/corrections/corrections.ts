import { GLOBAL_SCOPE, type Scope } from '../articles/article.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { ArticleStore } from '../store/article-store.js';
import { spanStillStands } from './changes.js';
import type { PostedAnswerStore } from './posted-answers.js';

/** What corrections tracking needs from the application. */
export interface CorrectionsContext {
  store: Pick<ArticleStore, 'getMany'>;
  posts: PostedAnswerStore;
  clock: Clock;
  log: Logger;
}

/** Flags posted answers when an article they cite is updated in a way that changes what they cite. */
export interface Corrections {
  /**
   * After `updated` re-ingests: flags every tracked answer with a cited span of these articles
   * that the new version no longer contains verbatim. Returns the keys flagged now.
   */
  articlesUpdated(ids: readonly string[], scope: Scope): Promise<string[]>;
  /** Tells a listener (the bot's notice job) which answers this process flagged; returns an unsubscribe. */
  onFlagged(listener: (keys: string[]) => void): () => void;
}

export function createCorrections(ctx: CorrectionsContext): Corrections {
  const listeners = new Set<(keys: string[]) => void>();
  return {
    async articlesUpdated(ids, scope) {
      const guild = scope === GLOBAL_SCOPE ? undefined : scope;
      const articles = await ctx.store.getMany(ids, { guild });
      const changed = new Set<string>();
      for (const article of articles) {
        for (const span of await ctx.posts.citing(article.id))
          if (!spanStillStands(span, article)) changed.add(span.key);
      }
      if (changed.size === 0) return [];
      const flagged = await ctx.posts.flag([...changed], ctx.clock.now().toISOString());
      if (flagged.length > 0) {
        ctx.log.info(
          { answers: flagged.length, articles: ids.length },
          'cited articles updated: answers flagged',
        );
        for (const listener of listeners) listener(flagged);
      }
      return flagged;
    },
    onFlagged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
