import type { Client } from 'discord.js';
import type Keyv from 'keyv';
import type { AppContext } from '../../context.js';
import { feedsFor } from '../../feeds/open.js';
import { FeedPoller } from '../../feeds/poller.js';
import { backfillStories } from '../../stories/service.js';
import { cronTicker } from '../cron-ticker.js';
import { digestLedgerFor } from '../open.js';
import { DigestScheduler } from '../scheduler.js';
import { createDigestEngine } from '../service.js';
import { forgetDigestSettings } from '../settings.js';
import { discordDigestPoster } from './poster.js';

/** The bot's background work: daily digests, feed polling and a one-off story back-fill. */
export interface BackgroundJobs {
  digests: DigestScheduler;
  feeds: FeedPoller;
  stop(): void;
}

/**
 * Starts the digest scheduler (posting through the bot's client) and the feed poller, each on a
 * one-minute croner tick with a first check at once, and groups any article not yet in a story.
 * Call once the client is ready (`startBot`'s `onReady`); `stop()` on shutdown.
 */
export async function startBackgroundJobs(
  ctx: AppContext,
  opts: { client: Client; settings?: Keyv },
): Promise<BackgroundJobs> {
  const log = ctx.log.child({ module: 'background' });
  const settings = opts.settings ?? (await ctx.keyv('settings'));
  void backfillStories(ctx).catch((err: unknown) => log.error({ err }, 'story back-fill failed'));
  const digests = new DigestScheduler({
    ...ctx,
    log,
    settings,
    ledger: digestLedgerFor(ctx.store),
    engine: await createDigestEngine(ctx),
    poster: discordDigestPoster(opts.client),
    // Only servers the bot is in: a server it left has nothing to post to.
    guilds: async () => [...opts.client.guilds.cache.keys()],
  });
  const feeds = new FeedPoller({ ...ctx, log }, feedsFor(ctx.store));
  digests.start(cronTicker((err) => log.error({ err }, 'digest tick failed')));
  feeds.start(cronTicker((err) => log.error({ err }, 'feed tick failed')));
  return {
    digests,
    feeds,
    stop() {
      digests.stop();
      feeds.stop();
    },
  };
}

/** What to forget about a server the bot left: its digest records and settings list entry, and its feeds. */
export function newsroomGuildCleanups(ctx: AppContext): Array<(guildId: string) => Promise<void>> {
  return [
    async (guildId) => {
      await digestLedgerFor(ctx.store).forget(guildId);
      await forgetDigestSettings(await ctx.keyv('settings'), guildId);
    },
    async (guildId) => {
      await feedsFor(ctx.store).removeScope(guildId);
    },
  ];
}
