import type { PgDatabase } from '../../store/postgres/database.js';
import {
  citedSpans,
  type NewPostedAnswer,
  type PostedAnswer,
  type PostedAnswerStore,
  type TrackedCitation,
} from '../posted-answers.js';
import { postedAnswerFromRow as toPost, type PostedAnswerRow as Row } from '../posted-answer-row.js';

/** Posted answers in Postgres's `answer_posts`, their cited spans in `answer_post_citations`. */
export class PgPostedAnswerStore implements PostedAnswerStore {
  constructor(private readonly db: PgDatabase) {}

  /** The post and its spans in one transaction: a post is never tracked without what it cites. */
  async track(post: NewPostedAnswer): Promise<void> {
    await this.db.transaction(async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO answer_posts
          (key, guild_id, channel_id, message_id, interaction_id, user_id, answer, read, posted_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (key) DO NOTHING`,
        [
          post.key,
          post.guildId,
          post.channelId,
          post.messageId,
          post.interactionId,
          post.userId,
          JSON.stringify(post.answer),
          post.read,
          post.postedAt,
        ],
      );
      const spans = citedSpans(post.answer);
      if (inserted.rowCount !== 1 || spans.length === 0) return;
      await tx.query(
        `INSERT INTO answer_post_citations (article_id, key, span_start, span_end, content_hash, text)
        SELECT a, $1, s, e, h, t FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[])
          AS u(a, s, e, h, t)
        ON CONFLICT DO NOTHING`,
        [
          post.key,
          spans.map((c) => c.articleId),
          spans.map((c) => c.start),
          spans.map((c) => c.end),
          spans.map((c) => c.contentHash),
          spans.map((c) => c.text),
        ],
      );
    });
  }

  async get(key: string): Promise<PostedAnswer | null> {
    const r = await this.db.query<Row>('SELECT * FROM answer_posts WHERE key = $1', [key]);
    return r.rows[0] ? toPost(r.rows[0]) : null;
  }

  async citing(articleId: string): Promise<Array<TrackedCitation & { key: string }>> {
    const r = await this.db.query<{
      key: string;
      span_start: number;
      span_end: number;
      content_hash: string;
      text: string;
    }>(
      `SELECT c.key, c.span_start, c.span_end, c.content_hash, c.text
      FROM answer_post_citations c JOIN answer_posts p ON p.key = c.key
      WHERE c.article_id = $1 AND p.flagged_at IS NULL`,
      [articleId],
    );
    return r.rows.map((row) => ({
      key: row.key,
      articleId,
      start: row.span_start,
      end: row.span_end,
      contentHash: row.content_hash,
      text: row.text,
    }));
  }

  /** One UPDATE: of two processes flagging the same post at once, only one gets its key back. */
  async flag(keys: readonly string[], at: string): Promise<string[]> {
    if (keys.length === 0) return [];
    const r = await this.db.query<{ key: string }>(
      'UPDATE answer_posts SET flagged_at = $1 WHERE key = ANY($2::text[]) AND flagged_at IS NULL RETURNING key',
      [at, [...keys]],
    );
    const flagged = new Set(r.rows.map((row) => row.key));
    return keys.filter((k) => flagged.has(k));
  }

  async pendingEdits(limit: number): Promise<PostedAnswer[]> {
    const r = await this.db.query<Row>(
      `SELECT * FROM answer_posts WHERE flagged_at IS NOT NULL AND edited_at IS NULL
      ORDER BY flagged_at DESC, key LIMIT $1`,
      [limit],
    );
    return r.rows.map(toPost);
  }

  async markEdited(key: string, at: string): Promise<void> {
    await this.db.query('UPDATE answer_posts SET edited_at = $1 WHERE key = $2', [at, key]);
  }

  async setPage(key: string, page: number): Promise<void> {
    await this.db.query('UPDATE answer_posts SET page = $1 WHERE key = $2', [page, key]);
  }

  async purge(postedBefore: string): Promise<number> {
    return (
      (await this.db.query('DELETE FROM answer_posts WHERE posted_at < $1', [postedBefore])).rowCount ?? 0
    );
  }

  async forget(guildId: string): Promise<number> {
    return (await this.db.query('DELETE FROM answer_posts WHERE guild_id = $1', [guildId])).rowCount ?? 0;
  }
}
