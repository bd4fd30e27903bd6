import type { IngestContext } from '../articles/ingest-types.js';
import type { Ticker } from '../ticker.js';
import type { FeedStore } from './feed-store.js';
import { pollFeed, type PollResult } from './poll.js';

// A taken feed is not offered to another process for this long, even if this one dies mid-poll.
const LEASE_MS = 10 * 60_000;
// Feeds polled at once: fetches wait on the network, not the CPU.
const PARALLEL = 3;
const DUE_BATCH = 50;

/**
 * Polls due feeds every minute (global and per-server alike). Each due feed is leased first, so
 * several processes sharing the store poll it once; feeds are polled a few at a time and one
 * broken feed (timeout, bad XML, HTTP error) never stops the others.
 */
export class FeedPoller {
  private running: { stop(): void } | null = null;
  private busy = false;

  constructor(
    private readonly ctx: IngestContext,
    private readonly feeds: FeedStore,
  ) {}

  start(ticker: Ticker): void {
    if (this.running) return;
    this.running = ticker.start(async () => {
      await this.tick();
    });
    void this.tick().catch((err: unknown) => this.ctx.log.error({ err }, 'feed polling failed'));
  }

  stop(): void {
    this.running?.stop();
    this.running = null;
  }

  /** Polls every feed due now; returns the results (empty when another tick is still running). */
  async tick(): Promise<PollResult[]> {
    if (this.busy) return [];
    this.busy = true;
    try {
      const now = this.ctx.clock.now();
      const due = await this.feeds.due(now.toISOString(), DUE_BATCH);
      const mine = [];
      for (const f of due)
        if (await this.feeds.lease(f.id, now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString()))
          mine.push(f);
      const out: PollResult[] = [];
      for (let i = 0; i < mine.length; i += PARALLEL) {
        out.push(
          ...(await Promise.all(mine.slice(i, i + PARALLEL).map((f) => pollFeed(this.ctx, this.feeds, f)))),
        );
      }
      return out;
    } finally {
      this.busy = false;
    }
  }
}
