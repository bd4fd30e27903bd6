import type { Client } from 'discord.js';
import type Keyv from 'keyv';
import type { App } from '../app/app.js';
import { FeedPoller } from '../feeds/poller.js';
import { DigestScheduler } from '../digest/scheduler.js';
import { cronTicker } from '../ticker.js';
import { startCorrectionNotices } from './corrections/notices.js';
import { discordDigestPoster } from './digest/poster.js';
import type { CorrectionNotices } from '../corrections/notices.js';

/**
 * The bot's background work: daily digests, feed polling, marking posted answers whose cited
 * articles were updated (and forgetting posts after 30 days), and a one-off story back-fill.
 */
export interface BackgroundJobs {
  digests: DigestScheduler;
  feeds: FeedPoller;
  corrections: CorrectionNotices;
  stop(): void;
}

/**
 * Starts the digest scheduler (posting through the bot's client), the feed poller and the
 * correction notices, each on a one-minute croner tick with a first check at once, and groups any
 * article not yet in a story.
 * Call once the client is ready; `stop()` on shutdown.
 */
export async function startBackgroundJobs(
  app: App,
  opts: { client: Client; settings?: Keyv },
): Promise<BackgroundJobs> {
  const log = app.log.child({ module: 'background' });
  const settings = opts.settings ?? (await app.keyv('settings'));
  void app.grouping.backfill().catch((err: unknown) => log.error({ err }, 'story back-fill failed'));
  const digests = new DigestScheduler({
    ...app,
    log,
    settings,
    engine: await app.digestEngine(),
    poster: discordDigestPoster(opts.client),
    // Only servers the bot is in: a server it left has nothing to post to.
    guilds: async () => [...opts.client.guilds.cache.keys()],
  });
  const feeds = new FeedPoller({ ...app, log }, app.feeds);
  digests.start(cronTicker((err) => log.error({ err }, 'digest tick failed')));
  feeds.start(cronTicker((err) => log.error({ err }, 'feed tick failed')));
  const corrections = startCorrectionNotices(app, {
    client: opts.client,
    ticker: cronTicker((err) => log.error({ err }, 'correction notices tick failed')),
    log,
  });
  return {
    digests,
    feeds,
    corrections,
    stop() {
      digests.stop();
      feeds.stop();
      corrections.stop();
    },
  };
}
