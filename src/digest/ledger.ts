/** What became of one server's digest for one local date. */
export type DigestStatus = 'claimed' | 'posted' | 'empty' | 'skipped' | 'failed';

export interface DigestRecord {
  guildId: string;
  /** Local date `YYYY-MM-DD` in the server's zone. */
  date: string;
  status: DigestStatus;
  /** When the current attempt took the claim (a retake moves it forward). */
  claimedAt: string;
  /** Which process holds or last held the claim (host:pid:random), for the log. */
  claimedBy: string;
  channelId: string | null;
  messageIds: string[];
  /** Why it was skipped or failed, or that it was posted late. */
  note: string | null;
  finishedAt: string | null;
  /** Attempts made so far (1 after the first claim; each retake adds one). */
  attempts: number;
  /** For a failed attempt: when it may be retaken; null when it is not to be retried. */
  retryAt: string | null;
}

/**
 * At most one digest per (server, date), across restarts and processes sharing the store: a
 * process must win `claim` (or `retake`) before posting, and records the outcome with `finish`
 * afterwards. Asynchronous so a Postgres implementation can follow.
 *
 * Porting notes — each method is one statement, atomic on its row:
 * - `claim`: INSERT … ON CONFLICT (guild_id, date) DO NOTHING, attempts = 1; true when a row was inserted.
 * - `retake`: UPDATE … SET status = 'claimed', claimed_at = at, claimed_by = by, attempts = attempts + 1,
 *   retry_at = NULL WHERE (guild_id, date) match AND message_ids IS NULL AND ((status = 'failed' AND
 *   retry_at IS NOT NULL AND retry_at <= at) OR (status = 'claimed' AND claimed_at < staleBefore));
 *   true when a row was updated. The WHERE clause is re-evaluated under the row lock, so of two
 *   processes retaking at once only one sees the old state.
 * - `finish`: UPDATE of status, finished_at, message_ids, retry_at and (when given) note.
 * Instants are ISO-8601 UTC strings, which compare correctly as text.
 */
export interface DigestLedger {
  /** Inserts the (server, date) row; true only for the one caller that inserted it. */
  claim(args: {
    guildId: string;
    date: string;
    by: string;
    at: string;
    channelId?: string | null;
    status?: DigestStatus;
    note?: string | null;
  }): Promise<boolean>;
  /**
   * Takes over a claim that has no recorded message: a failed attempt whose `retryAt` has come,
   * or a claim whose process stopped before finishing (claimed before `staleBefore`). True only
   * for the one caller that took it.
   */
  retake(args: {
    guildId: string;
    date: string;
    by: string;
    at: string;
    staleBefore: string;
  }): Promise<boolean>;
  /** Records the outcome of a claimed digest; `retryAt` (failed only) schedules a retake. */
  finish(args: {
    guildId: string;
    date: string;
    status: Exclude<DigestStatus, 'claimed'>;
    at: string;
    messageIds?: string[];
    note?: string | null;
    retryAt?: string | null;
  }): Promise<void>;
  get(guildId: string, date: string): Promise<DigestRecord | null>;
  /** The most recent records of a server, newest date first. */
  recent(guildId: string, limit: number): Promise<DigestRecord[]>;
  /** Forgets a server's records (the bot left it). */
  forget(guildId: string): Promise<number>;
  /** Servers with any record, so a server whose only data is its digest history is still known. */
  guilds(): Promise<string[]>;
}
