import type { Database, Statement } from 'better-sqlite3';
import type { DigestLedger, DigestRecord, DigestStatus } from '../ledger.js';

interface Row {
  guild_id: string;
  date: string;
  status: string;
  claimed_at: string;
  claimed_by: string;
  channel_id: string | null;
  message_ids: string | null;
  note: string | null;
  finished_at: string | null;
  attempts: number;
  retry_at: string | null;
}

/** The digest ledger in the `digest_posts` table; the primary key (guild_id, date) is the claim. */
export class SqliteDigestLedger implements DigestLedger {
  private readonly s: Record<
    'claim' | 'retake' | 'finish' | 'get' | 'recent' | 'forget' | 'guilds',
    Statement
  >;

  constructor(db: Database) {
    this.s = {
      claim:
        db.prepare(`INSERT INTO digest_posts (guild_id, date, status, claimed_at, claimed_by, channel_id, note)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(guild_id, date) DO NOTHING`),
      retake: db.prepare(`UPDATE digest_posts
        SET status = 'claimed', claimed_at = @at, claimed_by = @by, attempts = attempts + 1, retry_at = NULL
        WHERE guild_id = @guildId AND date = @date AND message_ids IS NULL
          AND ((status = 'failed' AND retry_at IS NOT NULL AND retry_at <= @at)
            OR (status = 'claimed' AND claimed_at < @staleBefore))`),
      finish: db.prepare(`UPDATE digest_posts
        SET status = ?, finished_at = ?, message_ids = ?, note = coalesce(?, note), retry_at = ?
        WHERE guild_id = ? AND date = ?`),
      get: db.prepare('SELECT * FROM digest_posts WHERE guild_id = ? AND date = ?'),
      recent: db.prepare('SELECT * FROM digest_posts WHERE guild_id = ? ORDER BY date DESC LIMIT ?'),
      forget: db.prepare('DELETE FROM digest_posts WHERE guild_id = ?'),
      guilds: db.prepare('SELECT DISTINCT guild_id FROM digest_posts ORDER BY guild_id'),
    };
  }

  async claim(args: Parameters<DigestLedger['claim']>[0]): Promise<boolean> {
    const r = this.s.claim.run(
      args.guildId,
      args.date,
      args.status ?? 'claimed',
      args.at,
      args.by,
      args.channelId ?? null,
      args.note ?? null,
    );
    return r.changes === 1;
  }

  async retake(args: Parameters<DigestLedger['retake']>[0]): Promise<boolean> {
    return this.s.retake.run(args).changes === 1;
  }

  async finish(args: Parameters<DigestLedger['finish']>[0]): Promise<void> {
    this.s.finish.run(
      args.status,
      args.at,
      args.messageIds ? JSON.stringify(args.messageIds) : null,
      args.note ?? null,
      args.retryAt ?? null,
      args.guildId,
      args.date,
    );
  }

  async get(guildId: string, date: string): Promise<DigestRecord | null> {
    const row = this.s.get.get(guildId, date) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  async recent(guildId: string, limit: number): Promise<DigestRecord[]> {
    return (this.s.recent.all(guildId, limit) as Row[]).map(toRecord);
  }

  async forget(guildId: string): Promise<number> {
    return this.s.forget.run(guildId).changes;
  }

  async guilds(): Promise<string[]> {
    return (this.s.guilds.all() as Array<{ guild_id: string }>).map((r) => r.guild_id);
  }
}

function toRecord(r: Row): DigestRecord {
  return {
    guildId: r.guild_id,
    date: r.date,
    status: r.status as DigestStatus,
    claimedAt: r.claimed_at,
    claimedBy: r.claimed_by,
    channelId: r.channel_id,
    messageIds: r.message_ids ? (JSON.parse(r.message_ids) as string[]) : [],
    note: r.note,
    finishedAt: r.finished_at,
    attempts: r.attempts,
    retryAt: r.retry_at,
  };
}
