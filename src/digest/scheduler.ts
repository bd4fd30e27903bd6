import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type Keyv from 'keyv';
import type { Config } from '../config.js';
import type { Ticker } from '../ticker.js';
import { buildDigest, type DigestBuildContext } from './build.js';
import { longDate } from './wording.js';
import type { DigestLedger, DigestRecord } from './ledger.js';
import { digestMarker, type DigestPoster } from './poster.js';
import { dueSlots, type DigestSlot } from './schedule.js';
import { digestGuilds, getDigestSettings, type DigestSettings } from './settings.js';

export interface DigestSchedulerDeps extends DigestBuildContext {
  config: Pick<Config, 'digest'>;
  /** Keyv namespace `settings`. */
  settings: Keyv;
  ledger: DigestLedger;
  poster: DigestPoster;
  /** Servers to consider; default: those recorded in the settings' digest list. */
  guilds?: () => Promise<string[]>;
  /** Names this process in the ledger's claims. */
  processId?: string;
}

/** What one check did for one server and slot. */
export interface DigestOutcome {
  guildId: string;
  date: string;
  /** `recovered`: an earlier attempt's post was found in the channel and recorded, not posted again. */
  result: 'posted' | 'posted-late' | 'recovered' | 'empty' | 'skipped' | 'failed' | 'lost-claim';
}

// Posted within this long after the scheduled minute, a digest is on time (no "late" note).
const ON_TIME_MS = 5 * 60_000;
// A claim this old without an outcome belongs to a process that stopped mid-post: posting takes
// seconds (discord.js gives up on a request well within this), so a live holder is never overtaken.
const CLAIM_STALE_MS = 10 * 60_000;
// Failed attempts are retried after 1, 2, 4 … minutes, at most this far apart.
const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 30 * 60_000;

/**
 * Posts each server's daily digest at its local time. Every minute (and once at start) it checks
 * each server's slots: a due slot is claimed in the ledger first — only the claim's winner posts,
 * so restarts and several processes post once — then built, posted and recorded, in that order. A
 * slot missed while the bot was down is posted late with a note within `digest.catchUpHours`, else
 * skipped and logged. An attempt that failed, or whose process died before recording, is retaken
 * with backoff within the same window; before posting again the channel is searched for the
 * digest's marker, so a post that went out but was not recorded is recorded instead of repeated.
 */
export class DigestScheduler {
  private readonly by: string;
  private running: { stop(): void } | null = null;

  constructor(private readonly deps: DigestSchedulerDeps) {
    this.by = deps.processId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  }

  /** Starts checking every minute, with a first check at once (catch-up after a restart). */
  start(ticker: Ticker): void {
    if (this.running) return;
    this.running = ticker.start(async () => {
      await this.tick();
    });
    void this.tick().catch((err: unknown) => this.deps.log.error({ err }, 'digest check failed'));
  }

  stop(): void {
    this.running?.stop();
    this.running = null;
  }

  /** Checks every server once; returns what was done (nothing for servers with nothing due). */
  async tick(): Promise<DigestOutcome[]> {
    const out: DigestOutcome[] = [];
    const guilds = await (this.deps.guilds ?? (() => digestGuilds(this.deps.settings)))();
    for (const guildId of guilds) {
      try {
        const s = await getDigestSettings(this.deps.settings, guildId);
        if (!s?.enabled) continue;
        for (const slot of dueSlots(s, this.deps.clock.now())) {
          const outcome = await this.runSlot(guildId, s, slot);
          if (outcome) out.push(outcome);
        }
      } catch (err) {
        this.deps.log.error({ err, guildId }, 'digest check failed for a server');
      }
    }
    return out;
  }

  private async runSlot(guildId: string, s: DigestSettings, slot: DigestSlot): Promise<DigestOutcome | null> {
    const { ledger, log } = this.deps;
    const now = this.deps.clock.now();
    const existing = await ledger.get(guildId, slot.date);
    if (existing) return this.retry(existing, s, slot);
    const lateMs = now.getTime() - slot.at.getTime();
    const at = now.toISOString();
    if (lateMs > this.windowMs()) {
      const note = `missed: the bot was not running at ${s.time} ${s.timezone} on ${slot.postDay} and came back ${Math.round(lateMs / 60_000)} min later, beyond the ${this.deps.config.digest.catchUpHours} h catch-up window`;
      if (
        await ledger.claim({
          guildId,
          date: slot.date,
          by: this.by,
          at,
          channelId: s.channelId,
          status: 'skipped',
          note,
        })
      ) {
        log.warn(
          { guildId, date: slot.date, lateMinutes: Math.round(lateMs / 60_000) },
          'digest skipped: too late to post',
        );
        return { guildId, date: slot.date, result: 'skipped' };
      }
      return { guildId, date: slot.date, result: 'lost-claim' };
    }
    if (!(await ledger.claim({ guildId, date: slot.date, by: this.by, at, channelId: s.channelId }))) {
      return { guildId, date: slot.date, result: 'lost-claim' };
    }
    return this.post(guildId, s, slot, s.channelId, 1);
  }

  /** Retakes an unfinished attempt when it is due; null when there is nothing to do yet. */
  private async retry(rec: DigestRecord, s: DigestSettings, slot: DigestSlot): Promise<DigestOutcome | null> {
    const { ledger, log } = this.deps;
    const now = this.deps.clock.now();
    if (!retryDue(rec, now)) return null;
    const { guildId, date } = rec;
    const staleBefore = new Date(now.getTime() - CLAIM_STALE_MS).toISOString();
    if (!(await ledger.retake({ guildId, date, by: this.by, at: now.toISOString(), staleBefore })))
      return { guildId, date, result: 'lost-claim' };
    const attempt = rec.attempts + 1;
    const channelId = rec.channelId ?? s.channelId;
    log.warn({ guildId, date, attempt, previous: rec.status }, 'digest: retrying an unfinished post');
    let found: string[];
    try {
      found = await this.deps.poster.findPosted(channelId, digestMarker(guildId, date));
    } catch (err) {
      return this.failed(
        guildId,
        slot,
        attempt,
        err,
        'could not read the channel to check for an earlier post',
      );
    }
    if (found.length > 0) {
      await ledger.finish({
        guildId,
        date,
        status: 'posted',
        at: this.deps.clock.now().toISOString(),
        messageIds: found,
        note: 'found in the channel: an earlier attempt posted it without recording',
      });
      log.info({ guildId, date, messageIds: found }, 'digest: earlier post found in the channel, recorded');
      return { guildId, date, result: 'recovered' };
    }
    if (now.getTime() - slot.at.getTime() > this.windowMs())
      return this.failed(guildId, slot, attempt, new Error('the catch-up window has passed'), 'gave up');
    return this.post(guildId, s, slot, channelId, attempt);
  }

  /** Builds, posts and records a claimed slot; a failure schedules a retry. */
  private async post(
    guildId: string,
    s: DigestSettings,
    slot: DigestSlot,
    channelId: string,
    attempt: number,
  ): Promise<DigestOutcome> {
    const { ledger, log } = this.deps;
    const lateMs = this.deps.clock.now().getTime() - slot.at.getTime();
    const late = lateMs > ON_TIME_MS;
    const note = late ? `Posted late: the bot was offline at ${s.time} (${s.timezone}).` : undefined;
    const marker = digestMarker(guildId, slot.date);
    let messageIds: string[];
    let stories: number;
    try {
      const digest = await buildDigest(this.deps, {
        date: slot.date,
        timeZone: s.timezone,
        guild: guildId,
        stories: s.stories,
      });
      stories = digest.stories.length;
      if (digest.stories.length === 0 && !s.announceEmpty) {
        await ledger.finish({
          guildId,
          date: slot.date,
          status: 'empty',
          at: this.deps.clock.now().toISOString(),
          note: 'no new articles',
        });
        log.info({ guildId, date: slot.date }, 'digest: empty day, nothing posted');
        return { guildId, date: slot.date, result: 'empty' };
      }
      messageIds = await this.deps.poster.post(
        channelId,
        digest.stories.length === 0
          ? { kind: 'empty', date: slot.date, marker, note }
          : { kind: 'digest', digest, marker, note },
      );
    } catch (err) {
      return this.failed(guildId, slot, attempt, err, 'digest post failed');
    }
    // Recorded outside the try: a post that went out must never be marked failed here. If this
    // write fails the claim stays open, goes stale, and the retake finds the post by its marker.
    await ledger.finish({
      guildId,
      date: slot.date,
      status: 'posted',
      at: this.deps.clock.now().toISOString(),
      messageIds,
      note: late ? 'posted late' : null,
    });
    log.info(
      { guildId, date: slot.date, stories, late, attempt },
      `digest posted for ${longDate(slot.date)}`,
    );
    return { guildId, date: slot.date, result: late ? 'posted-late' : 'posted' };
  }

  /** Records a failed attempt with the time of the next one, or none past the catch-up window. */
  private async failed(
    guildId: string,
    slot: DigestSlot,
    attempt: number,
    err: unknown,
    what: string,
  ): Promise<DigestOutcome> {
    const now = this.deps.clock.now();
    const next = now.getTime() + Math.min(RETRY_BASE_MS * 2 ** (attempt - 1), RETRY_MAX_MS);
    const retryAt = next - slot.at.getTime() <= this.windowMs() ? new Date(next).toISOString() : null;
    const reason = err instanceof Error ? err.message : String(err);
    await this.deps.ledger.finish({
      guildId,
      date: slot.date,
      status: 'failed',
      at: now.toISOString(),
      note: `${what} (attempt ${attempt}): ${reason}`.slice(0, 300),
      retryAt,
    });
    this.deps.log.error(
      { err, guildId, date: slot.date, attempt, retryAt },
      retryAt ? `${what}; will retry` : `${what}; not retried`,
    );
    return { guildId, date: slot.date, result: 'failed' };
  }

  private windowMs(): number {
    return this.deps.config.digest.catchUpHours * 3_600_000;
  }
}

/** A record without a posted message whose retry time has come, or whose holder went quiet. */
function retryDue(rec: DigestRecord, now: Date): boolean {
  if (rec.messageIds.length > 0) return false;
  if (rec.status === 'failed') return rec.retryAt !== null && Date.parse(rec.retryAt) <= now.getTime();
  return rec.status === 'claimed' && Date.parse(rec.claimedAt) < now.getTime() - CLAIM_STALE_MS;
}
