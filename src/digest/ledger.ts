/** What became of one server's digest for one local date. */
export type DigestStatus = 'claimed' | 'posted' | 'empty' | 'skipped' | 'failed';

export interface DigestRecord {
  guildId: string;
  /** Local date `YYYY-MM-DD` in the server's zone. */
  date: string;
  status: DigestStatus;
  claimedAt: string;
  /** Which process claimed it (host:pid:random), for the log. */
  claimedBy: string;
  channelId: string | null;
  messageIds: string[];
  /** Why it was skipped or failed, or that it was posted late. */
  note: string | null;
  finishedAt: string | null;
}

/**
 * At most one digest per (server, date), across restarts and processes sharing the store: a
 * process must win `claim` before posting, and records the outcome with `finish` afterwards.
 * Asynchronous so a Postgres implementation can follow (an INSERT … ON CONFLICT DO NOTHING there too).
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
  /** Records the outcome of a claimed digest. */
  finish(args: {
    guildId: string;
    date: string;
    status: Exclude<DigestStatus, 'claimed'>;
    at: string;
    messageIds?: string[];
    note?: string | null;
  }): Promise<void>;
  get(guildId: string, date: string): Promise<DigestRecord | null>;
  /** The most recent records of a server, newest date first. */
  recent(guildId: string, limit: number): Promise<DigestRecord[]>;
  /** Forgets a server's records (the bot left it). */
  forget(guildId: string): Promise<number>;
}
