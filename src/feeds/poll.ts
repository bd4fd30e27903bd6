import { createHash } from 'node:crypto';
import { ingestUnits } from '../articles/ingest.js';
import type { IngestContext } from '../articles/ingest-types.js';
import { addressPolicy } from '../articles/fetch/address-policy.js';
import { safeFetch, type SafeFetchOptions } from '../articles/fetch/safe-fetch.js';
import { looksLikeFeed, parseFeed, type FeedItem } from '../articles/formats/feed.js';
import { feedItemsOf } from '../articles/sources/url.js';
import { UserError } from '../errors.js';
import { nextPollAt } from './backoff.js';
import type { FeedRecord, FeedStore } from './feed-store.js';

/** What one poll of one feed did. */
export interface PollResult {
  feedId: string;
  url: string;
  status: 'ok' | 'not-modified' | 'failed';
  /** Items the feed lists. */
  items: number;
  /** Items not taken before, read this time. */
  newItems: number;
  added: number;
  duplicate: number;
  failedItems: number;
  error?: string;
}

/** An item's identity within its feed: its guid, else its link, else a hash of what it says. */
export function itemKey(item: FeedItem): string {
  if (item.id) return `id:${item.id}`;
  if (item.link) return `link:${item.link}`;
  return `hash:${createHash('sha256')
    .update(`${item.title ?? ''}\n${item.published ?? ''}\n${item.content ?? ''}`)
    .digest('hex')
    .slice(0, 24)}`;
}

/**
 * Polls one feed: a conditional GET (ETag / Last-Modified; a 304 ends the poll), then the items not
 * taken before are ingested into the feed's scope through the ordinary pipeline (the store's dedup
 * keeps a story already stored from another source from being stored twice) and grouped into
 * stories. Items without a date are stored undated and count on the day they were ingested. Any
 * failure is recorded on the feed with a backoff and returned, never thrown.
 */
export async function pollFeed(ctx: IngestContext, feeds: FeedStore, feed: FeedRecord): Promise<PollResult> {
  const base: PollResult = {
    feedId: feed.id,
    url: feed.url,
    status: 'ok',
    items: 0,
    newItems: 0,
    added: 0,
    duplicate: 0,
    failedItems: 0,
  };
  const fetchOptions: SafeFetchOptions = {
    timeoutMs: ctx.config.fetch.timeoutMs,
    maxBytes: ctx.config.fetch.maxBytes,
    policy: addressPolicy(ctx.config.fetch.allowPrivate),
  };
  const interval = ctx.config.feeds.pollMinutes;
  try {
    const doc = await safeFetch(feed.url, {
      ...fetchOptions,
      conditional: { etag: feed.etag, lastModified: feed.lastModified },
    });
    const at = ctx.clock.now();
    if (doc.notModified) {
      await feeds.record(feed.id, {
        ok: true,
        at: at.toISOString(),
        nextPollAt: nextPollAt(at, interval, 0),
        notModified: true,
        etag: null,
        lastModified: null,
        title: null,
        itemCount: 0,
        added: 0,
      });
      return { ...base, status: 'not-modified', items: feed.itemCount };
    }
    if (!looksLikeFeed(doc.text, doc.contentType)) throw new UserError('not an RSS or Atom feed');
    const parsed = parseFeed(doc.text, doc.url);
    const keys = parsed.items.map(itemKey);
    const seen = await feeds.seen(feed.id, keys);
    const fresh: Array<{ item: FeedItem; key: string }> = [];
    const taken = new Set(seen);
    parsed.items.forEach((item, i) => {
      if (!taken.has(keys[i]!)) fresh.push({ item, key: keys[i]! });
      taken.add(keys[i]!);
    });
    const pending = feedItemsOf(
      feed.url,
      { title: parsed.title, items: fresh.map((f) => f.item) },
      fetchOptions,
      ctx.log,
    );
    const report = await ingestUnits(ctx, [{ source: feed.url, expand: async () => pending }], {
      scope: feed.scope,
    });
    // ingestUnits reports items in the order given: item i is fresh[i]. Failed items are tried again next time.
    const done = report.items.flatMap((r, i) =>
      r.status === 'failed' ? [] : [{ key: fresh[i]!.key, articleId: r.id ?? null }],
    );
    const now = ctx.clock.now();
    await feeds.markSeen(feed.id, done, now.toISOString());
    await feeds.record(feed.id, {
      ok: true,
      at: now.toISOString(),
      nextPollAt: nextPollAt(now, interval, 0),
      notModified: false,
      etag: doc.etag ?? null,
      lastModified: doc.lastModified ?? null,
      title: parsed.title,
      itemCount: parsed.items.length,
      added: report.added,
    });
    return {
      ...base,
      items: parsed.items.length,
      newItems: fresh.length,
      added: report.added,
      duplicate: report.duplicate,
      failedItems: report.failed,
    };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const at = ctx.clock.now();
    await feeds.record(feed.id, {
      ok: false,
      at: at.toISOString(),
      nextPollAt: nextPollAt(at, interval, feed.failures + 1),
      error,
    });
    ctx.log.warn({ feedId: feed.id, url: feed.url, error, failures: feed.failures + 1 }, 'feed poll failed');
    return { ...base, status: 'failed', error };
  }
}
