import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { ArticleDraft } from '../article.js';
import { buildDraft } from '../draft.js';
import { addressPolicy } from '../fetch/address-policy.js';
import { safeFetch, type FetchedDocument, type SafeFetchOptions } from '../fetch/safe-fetch.js';
import { parseFeed, type Feed, type FeedItem } from '../formats/feed.js';
import { draftFromHtml, htmlFragmentToText } from '../formats/html.js';
import { draftFromRecord, jsonRecords } from '../formats/json.js';
import { normalizeDate } from '../metadata/dates.js';
import { draftFromText } from '../formats/text.js';
import type { IngestContext } from '../ingest-types.js';
import { documentKind } from './document-kind.js';
import { ItemHosts } from './item-hosts.js';
import { failedItem, type InputUnit, type PendingItem } from './pending.js';

/**
 * The input unit of an http(s) URL. Expanding it fetches the URL once and decides by
 * Content-Type and sniffing: a feed lists one item per entry (each fetched when loaded), a page
 * is one article, plain text and JSON are read as their file formats would be.
 */
export function urlUnits(url: string, ctx: IngestContext): InputUnit {
  const fetchOptions: SafeFetchOptions = {
    timeoutMs: ctx.config.fetch.timeoutMs,
    maxBytes: ctx.config.fetch.maxBytes,
    policy: addressPolicy(ctx.config.fetch.allowPrivate),
    ...(ctx.resolve ? { resolve: ctx.resolve } : {}),
  };
  return {
    source: url,
    expand: async () => itemsOf(url, await safeFetch(url, fetchOptions), fetchOptions, ctx.log),
  };
}

/**
 * The feed items of an already fetched and parsed feed, each loaded (its page fetched) when
 * ingested. The hosts the items link to are resolved at once, here (see ItemHosts).
 */
export function feedItemsOf(
  url: string,
  feed: Feed,
  fetchOptions: SafeFetchOptions,
  log: Logger,
): PendingItem[] {
  const hosts = new ItemHosts(fetchOptions.resolve);
  hosts.warm(feed.items.map((item) => item.link));
  const itemFetch = { ...fetchOptions, resolve: hosts.resolve };
  return feed.items.map((item, i) => {
    const source = item.link ?? `${url}#${String(i + 1)}`;
    return { source, load: () => loadFeedItem({ item, feed, source, fetchOptions: itemFetch, hosts, log }) };
  });
}

function itemsOf(
  url: string,
  doc: FetchedDocument,
  fetchOptions: SafeFetchOptions,
  log: Logger,
): PendingItem[] {
  const kind = documentKind(doc);
  switch (kind) {
    case 'feed': {
      const feed = parseFeed(doc.text, doc.url);
      if (feed.items.length === 0) throw new UserError('the feed has no items');
      return feedItemsOf(url, feed, fetchOptions, log);
    }
    case 'json':
    case 'jsonl':
      return jsonRecords(doc.text, url, kind).map((r) =>
        'error' in r
          ? failedItem(r.source, new UserError(r.error))
          : { source: r.source, load: async () => draftFromRecord(r.record, r.source) },
      );
    case 'text':
    case 'markdown':
      return [{ source: url, load: async () => withUrl(draftFromText(doc.text, url, kind), doc.url) }];
    case 'html':
      return [{ source: url, load: () => draftFromHtml(doc.text, { source: url, url: doc.url }) }];
    case null:
      throw new UserError(`unsupported content type ${doc.contentType ?? ''}`.trim());
  }
}

interface FeedItemJob {
  item: FeedItem;
  feed: Feed;
  source: string;
  fetchOptions: SafeFetchOptions;
  hosts: ItemHosts;
  log: Logger;
}

/**
 * The article behind a feed item: its page through Readability, with the item's date, author and
 * the feed title filling what the page lacks. When the page cannot be fetched or has too little
 * text (a paywall, a video page), the item's own content is used instead, and when the item has
 * no content either (a feed of headlines), its title. A host that could not be resolved or
 * reached is not tried again for the feed's later items.
 */
async function loadFeedItem(job: FeedItemJob): Promise<ArticleDraft> {
  const { item, feed, source, hosts } = job;
  let pageError: string | null = null;
  if (item.link) {
    pageError = hosts.unreachable(item.link);
    if (pageError === null) {
      try {
        const page = await fetchItemPage(item.link, job);
        return withFeedMeta(
          await draftFromHtml(page.text, { source, url: page.url, kind: 'feed-item' }),
          job,
        );
      } catch (err) {
        pageError = err instanceof Error ? err.message : String(err);
      }
    }
    job.log.info({ source, reason: pageError }, 'feed item page unusable; using the feed content');
  }
  const content = item.content ? await htmlFragmentToText(item.content) : '';
  const body = content.trim() !== '' ? content : (item.title ?? '');
  if (body.trim() === '') {
    throw new UserError(
      pageError
        ? `${pageError}; the feed item has no content or title of its own`
        : 'the feed item has no link, no content and no title',
    );
  }
  return buildDraft({
    body,
    // A headline-only item is its own body; as the title too, cleaning would remove it as a repeat.
    title: content.trim() !== '' ? item.title : null,
    url: item.link,
    published: item.published,
    byline: item.author,
    outlet: feed.title,
    raw: { kind: 'feed-item', source, content: item.content ?? item.title ?? '' },
  });
}

/** The item's page; a host that cannot be resolved or reached is remembered as such. */
async function fetchItemPage(link: string, job: FeedItemJob): Promise<FetchedDocument> {
  try {
    return await safeFetch(link, job.fetchOptions);
  } catch (err) {
    // An HTTP error says nothing about the item links next to it; any other failure does.
    const reason = err instanceof Error ? err.message : String(err);
    if (!/^HTTP \d/.test(reason)) job.hosts.markUnreachable(link, reason);
    throw err;
  }
}

function withFeedMeta(draft: ArticleDraft, { item, feed }: FeedItemJob): ArticleDraft {
  const out = { ...draft };
  const feedDate = item.published ? normalizeDate(item.published) : null;
  // The feed's date is metadata: it beats a date read from the page's dateline.
  if (feedDate !== null && out.publishedAtSource !== 'metadata') {
    out.publishedAt = feedDate;
    out.publishedAtSource = 'metadata';
  }
  out.byline ??= item.author;
  out.outlet ??= feed.title;
  return out;
}

/** A text or Markdown draft with the address it was fetched from, unless its front matter names one. */
function withUrl(draft: ArticleDraft, fetchedFrom: string): ArticleDraft {
  return { ...draft, url: draft.url ?? fetchedFrom };
}
