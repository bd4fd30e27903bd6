import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type Keyv from 'keyv';
import type { Config } from '../config.js';
import type { Ticker } from '../ticker.js';
import { buildDigest, type DigestBuildContext } from './build.js';
import { longDate } from './wording.js';
import type { DigestLedger } from './ledger.js';
import type { DigestPoster } from './poster.js';
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
  result: 'posted' | 'posted-late' | 'empty' | 'skipped' | 'failed' | 'lost-claim';
}

// Posted within this long after the scheduled minute, a digest is on time (no "late" note).
const ON_TIME_MS = 5 * 60_000;

/**
 * Posts each server's daily digest at its local time. Every minute (and once at start) it checks
 * each server's slots: a due slot is claimed in the ledger first — only the claim's winner posts,
 * so restarts and several processes post once — then built, posted and recorded. A slot missed
 * while the bot was down is posted late with a note within `digest.catchUpHours`, else skipped
 * and logged.
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
    if (await ledger.get(guildId, slot.date)) return null;
    const now = this.deps.clock.now();
    const lateMs = now.getTime() - slot.at.getTime();
    const at = now.toISOString();
    if (lateMs > this.deps.config.digest.catchUpHours * 3_600_000) {
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
    const late = lateMs > ON_TIME_MS;
    const note = late ? `Posted late: the bot was offline at ${s.time} (${s.timezone}).` : undefined;
    try {
      const digest = await buildDigest(this.deps, {
        date: slot.date,
        timeZone: s.timezone,
        guild: guildId,
        stories: s.stories,
      });
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
      const messageIds = await this.deps.poster.post(
        s.channelId,
        digest.stories.length === 0
          ? { kind: 'empty', date: slot.date, note }
          : { kind: 'digest', digest, note },
      );
      await ledger.finish({
        guildId,
        date: slot.date,
        status: 'posted',
        at: this.deps.clock.now().toISOString(),
        messageIds,
        note: late ? 'posted late' : null,
      });
      log.info(
        { guildId, date: slot.date, stories: digest.stories.length, late },
        `digest posted for ${longDate(slot.date)}`,
      );
      return { guildId, date: slot.date, result: late ? 'posted-late' : 'posted' };
    } catch (err) {
      // The claim stays: a failed post is not retried, so a digest is never posted twice.
      await ledger.finish({
        guildId,
        date: slot.date,
        status: 'failed',
        at: this.deps.clock.now().toISOString(),
        note: err instanceof Error ? err.message.slice(0, 300) : String(err),
      });
      log.error({ err, guildId, date: slot.date }, 'digest post failed');
      return { guildId, date: slot.date, result: 'failed' };
    }
  }
}
