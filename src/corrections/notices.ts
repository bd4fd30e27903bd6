import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Ticker } from '../ticker.js';
import type { Corrections } from './corrections.js';
import { POSTED_ANSWER_RETENTION_DAYS, type PostedAnswer, type PostedAnswerStore } from './posted-answers.js';

/**
 * The surface that edits a posted answer's message to carry the notice (the Discord bot edits the
 * channel message by id with its own token, which works after the interaction token expired).
 * `gone`: the message, its channel or the bot's access to it is gone for good, so it is not tried
 * again. A transient failure throws and is tried again on the next tick.
 */
export interface PostedAnswerEditor {
  markUpdated(post: PostedAnswer): Promise<'edited' | 'gone'>;
}

export interface CorrectionNoticesContext {
  posts: PostedAnswerStore;
  corrections: Corrections;
  editor: PostedAnswerEditor;
  clock: Clock;
  log: Logger;
  /** The servers this process answers for (a shard edits only its own servers' messages). */
  guilds(): Promise<string[]> | string[];
}

// Flagged posts looked at per pass; more wait for the next pass (a pass follows every flagging).
const PASS_SIZE = 200;

/**
 * Puts the notice on flagged answers and keeps the tracking bounded: on every tick it forgets
 * posts older than 30 days and edits flagged posts not edited yet (flagged by this process or by
 * another one sharing the store, such as `newsroom ingest`); answers flagged in this process are
 * edited at once. Passes never overlap; one asked for during a pass runs after it.
 */
export class CorrectionNotices {
  private ticking: { stop(): void } | null = null;
  private unsubscribe: (() => void) | null = null;
  private pass: Promise<number> | null = null;
  private again = false;

  constructor(private readonly ctx: CorrectionNoticesContext) {}

  start(ticker: Ticker): void {
    this.unsubscribe = this.ctx.corrections.onFlagged(() => void this.editSoon());
    this.ticking = ticker.start(async () => {
      await this.tick();
    });
    void this.tick().catch((err: unknown) => this.ctx.log.error({ err }, 'correction notices failed'));
  }

  stop(): void {
    this.ticking?.stop();
    this.unsubscribe?.();
  }

  /** Purges expired posts, then edits the pending ones; returns how many messages were edited. */
  async tick(): Promise<number> {
    await this.purge();
    return this.editSoon();
  }

  /** Forgets posts made more than 30 days ago; returns how many. */
  async purge(): Promise<number> {
    const before = new Date(this.ctx.clock.now().getTime() - POSTED_ANSWER_RETENTION_DAYS * 86_400_000);
    const purged = await this.ctx.posts.purge(before.toISOString());
    if (purged > 0) this.ctx.log.info({ purged }, 'posted answers older than 30 days forgotten');
    return purged;
  }

  /** Runs an edit pass now, or right after the one running; resolves with what that pass edited. */
  editSoon(): Promise<number> {
    if (this.pass) {
      this.again = true;
      return this.pass;
    }
    const run = async (): Promise<number> => {
      let edited = 0;
      do {
        this.again = false;
        edited += await this.editPending();
      } while (this.again);
      return edited;
    };
    this.pass = run().finally(() => (this.pass = null));
    this.pass.catch((err: unknown) => this.ctx.log.error({ err }, 'correction notices failed'));
    return this.pass;
  }

  private async editPending(): Promise<number> {
    const mine = new Set(await this.ctx.guilds());
    const pending = (await this.ctx.posts.pendingEdits(PASS_SIZE)).filter((p) => mine.has(p.guildId));
    let edited = 0;
    for (const post of pending) {
      const where = {
        key: post.key,
        guildId: post.guildId,
        channelId: post.channelId,
        messageId: post.messageId,
      };
      try {
        const outcome = await this.ctx.editor.markUpdated(post);
        await this.ctx.posts.markEdited(post.key, this.ctx.clock.now().toISOString());
        if (outcome === 'edited') edited++;
        this.ctx.log.info(
          where,
          outcome === 'edited'
            ? 'posted answer marked: a cited article was updated'
            : 'posted answer gone: not marked',
        );
      } catch (err) {
        this.ctx.log.warn({ ...where, err }, 'could not mark a posted answer; trying again on the next tick');
      }
    }
    return edited;
  }
}
