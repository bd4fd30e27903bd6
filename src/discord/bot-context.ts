import type { Keyv } from 'keyv';
import type { App } from '../app/app.js';
import type { AnswerEngine } from '../answers/answer.js';
import type { Limiter } from '../answers/limit.js';

/**
 * What every command handler gets: the app context plus the bot's services. Built once by
 * `startBot` (tests build it over a temp-dir store and local doubles).
 */
export interface BotContext extends App {
  /** The answering engine (offline extractive, or Claude with its own concurrency cap). */
  engine: AnswerEngine;
  /** Keyv namespace `settings`: per-server settings such as `digest:<guildId>` (`{ timezone, … }`). */
  settings: Keyv;
  /** The server's IANA time zone (its digest setting), `UTC` until one is set. */
  timeZone(guildId: string | null): Promise<string>;
  /** Autocomplete lookups over the store, cached and refreshed when the store changes. */
  lookups: Lookups;
  /** Answer sessions behind the paging, Sources and Copy buttons. */
  sessions: AnswerSessions;
  /**
   * Call before CPU-heavy work: waits until every interaction received has been acknowledged (at
   * most ~1 s), then yields one event-loop turn, so a burst of commands is deferred in time.
   */
  yieldToInteractions(): Promise<void>;
  /** Answers computed at once (bot side); more wait in FIFO order with a "queued" progress line. */
  answerSlots: Limiter;
  /** The number of answer slots. */
  answerSlotCount: number;
  /** Aborted when a shutdown's grace period runs out: long work should stop and say the bot is restarting. */
  shutdownSignal: AbortSignal;
}

/** Autocomplete sources; every result is already cut to Discord's limits (≤ 25, ≤ 100 chars). */
export interface Lookups {
  articles(guildId: string | null, typed: string): Promise<Choice[]>;
  outlets(guildId: string | null, typed: string): Promise<Choice[]>;
  speakers(guildId: string | null, typed: string): Promise<Choice[]>;
  stories(guildId: string | null, typed: string): Promise<Choice[]>;
}

/** One autocomplete choice. */
export interface Choice {
  name: string;
  value: string;
}

import type { AnswerSessions } from './answer-sessions.js';
export type { AnswerSessions };
