import type { Sql } from '../../store/postgres/database.js';
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

/**
 * The digest ledger in Postgres's `digest_posts`. `claim` is an INSERT … ON CONFLICT DO NOTHING:
 * the primary key decides, atomically, which one of any number of processes posts a digest.
 */
export class PgDigestLedger implements DigestLedger {
  constructor(private readonly sql: Sql) {}

  async claim(args: Parameters<DigestLedger['claim']>[0]): Promise<boolean> {
    const r = await this.sql.query(
      `INSERT INTO digest_posts (guild_id, date, status, claimed_at, claimed_by, channel_id, note)
      VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (guild_id, date) DO NOTHING`,
      [
        args.guildId,
        args.date,
        args.status ?? 'claimed',
        args.at,
        args.by,
        args.channelId ?? null,
        args.note ?? null,
      ],
    );
    return r.rowCount === 1;
  }

  /**
   * One UPDATE whose WHERE clause Postgres re-checks under the row lock: of two processes retaking
   * the same claim at once, only one still sees it retakeable.
   */
  async retake(args: Parameters<DigestLedger['retake']>[0]): Promise<boolean> {
    const r = await this.sql.query(
      `UPDATE digest_posts SET status = 'claimed', claimed_at = $3, claimed_by = $4,
        attempts = attempts + 1, retry_at = NULL
      WHERE guild_id = $1 AND date = $2 AND message_ids IS NULL
        AND ((status = 'failed' AND retry_at IS NOT NULL AND retry_at <= $3)
          OR (status = 'claimed' AND claimed_at < $5))`,
      [args.guildId, args.date, args.at, args.by, args.staleBefore],
    );
    return r.rowCount === 1;
  }

  async finish(args: Parameters<DigestLedger['finish']>[0]): Promise<void> {
    await this.sql.query(
      `UPDATE digest_posts SET status = $1, finished_at = $2, message_ids = $3, note = coalesce($4, note),
        retry_at = $7
      WHERE guild_id = $5 AND date = $6`,
      [
        args.status,
        args.at,
        args.messageIds ? JSON.stringify(args.messageIds) : null,
        args.note ?? null,
        args.guildId,
        args.date,
        args.retryAt ?? null,
      ],
    );
  }

  async get(guildId: string, date: string): Promise<DigestRecord | null> {
    const r = await this.sql.query<Row>('SELECT * FROM digest_posts WHERE guild_id = $1 AND date = $2', [
      guildId,
      date,
    ]);
    return r.rows[0] ? toRecord(r.rows[0]) : null;
  }

  async recent(guildId: string, limit: number): Promise<DigestRecord[]> {
    const r = await this.sql.query<Row>(
      'SELECT * FROM digest_posts WHERE guild_id = $1 ORDER BY date DESC LIMIT $2',
      [guildId, limit],
    );
    return r.rows.map(toRecord);
  }

  async forget(guildId: string): Promise<number> {
    return (await this.sql.query('DELETE FROM digest_posts WHERE guild_id = $1', [guildId])).rowCount ?? 0;
  }

  async guilds(): Promise<string[]> {
    const r = await this.sql.query<{ guild_id: string }>(
      'SELECT DISTINCT guild_id FROM digest_posts ORDER BY guild_id',
    );
    return r.rows.map((row) => row.guild_id);
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
