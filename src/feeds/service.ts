import { GLOBAL_SCOPE, type Scope } from '../articles/article.js';
import type { IngestContext } from '../articles/ingest-types.js';
import { canonicalizeUrl } from '../articles/identity.js';
import { UserError } from '../errors.js';
import type { FeedRecord, FeedStore } from './feed-store.js';
import { pollFeed, type PollResult } from './poll.js';

/** What feed management needs: ingestion into the store, and the feed records next to it. */
export interface FeedsContext extends IngestContext {
  feeds: FeedStore;
}

/** Most feeds one server (or the global scope) may have. */
export const MAX_FEEDS_PER_SCOPE = 25;

/**
 * Adds a feed to a scope and reads it at once. A URL that cannot be fetched or is not an RSS or
 * Atom feed is not kept: the UserError says why.
 */
export async function addFeed(
  ctx: FeedsContext,
  args: { scope?: Scope; url: string; by?: string | null },
): Promise<{ feed: FeedRecord; poll: PollResult }> {
  const scope = args.scope ?? GLOBAL_SCOPE;
  const url = canonicalizeUrl(args.url.trim());
  if (!url) throw new UserError(`"${args.url.slice(0, 80)}" is not an http(s) address.`);
  const { feeds } = ctx;
  if ((await feeds.list(scope)).length >= MAX_FEEDS_PER_SCOPE)
    throw new UserError(
      `This ${scope === GLOBAL_SCOPE ? 'newsroom' : 'server'} already has ${MAX_FEEDS_PER_SCOPE} feeds; remove one first.`,
    );
  const feed = await feeds.add({ scope, url, by: args.by ?? null, at: ctx.clock.now().toISOString() });
  if (!feed) throw new UserError(`That feed is already added (${url}).`, 'conflict');
  const poll = await pollFeed(ctx, feeds, feed);
  if (poll.status === 'failed') {
    await feeds.remove(scope, feed.id);
    throw new UserError(`Could not add the feed: ${poll.error ?? 'unknown error'}.`);
  }
  return { feed: (await feeds.find(scope, feed.id))!, poll };
}

/** The feeds of one scope with their health. */
export async function listFeeds(
  ctx: Pick<FeedsContext, 'feeds'>,
  scope: Scope = GLOBAL_SCOPE,
): Promise<FeedRecord[]> {
  return ctx.feeds.list(scope);
}

/** Removes a feed of the scope by id or URL; its articles stay. */
export async function removeFeed(
  ctx: Pick<FeedsContext, 'feeds'>,
  scope: Scope,
  idOrUrl: string,
): Promise<FeedRecord> {
  const { feeds } = ctx;
  const key = idOrUrl.trim();
  const feed = (await feeds.find(scope, key)) ?? (await feeds.find(scope, canonicalizeUrl(key) ?? key));
  if (!feed) throw new UserError(`No feed "${key.slice(0, 80)}" here (see the feed list).`, 'not_found');
  await feeds.remove(scope, feed.id);
  return feed;
}

/** Polls every feed of a scope now, whether due or not (`newsroom feeds poll`). */
export async function pollAll(ctx: FeedsContext, scope: Scope = GLOBAL_SCOPE): Promise<PollResult[]> {
  const { feeds } = ctx;
  const out: PollResult[] = [];
  for (const f of await feeds.list(scope)) out.push(await pollFeed(ctx, feeds, f));
  return out;
}
