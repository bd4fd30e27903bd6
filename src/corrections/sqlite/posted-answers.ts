import type { Database, Statement } from 'better-sqlite3';
import {
  citedSpans,
  type NewPostedAnswer,
  type PostedAnswer,
  type PostedAnswerStore,
  type TrackedCitation,
} from '../posted-answers.js';
import { postedAnswerFromRow as toPost, type PostedAnswerRow as Row } from '../posted-answer-row.js';

type Name =
  'insert' | 'cite' | 'get' | 'citing' | 'flag' | 'pending' | 'edited' | 'page' | 'purge' | 'forget';

/** Posted answers in `answer_posts`, their cited spans in `answer_post_citations` (deleted with them). */
export class SqlitePostedAnswerStore implements PostedAnswerStore {
  private readonly s: Record<Name, Statement>;

  constructor(private readonly db: Database) {
    this.s = {
      insert: db.prepare(`INSERT INTO answer_posts
        (key, guild_id, channel_id, message_id, interaction_id, user_id, answer, read, posted_at)
        VALUES (@key, @guildId, @channelId, @messageId, @interactionId, @userId, @answer, @read, @postedAt)
        ON CONFLICT(key) DO NOTHING`),
      cite: db.prepare(`INSERT INTO answer_post_citations
        (article_id, key, span_start, span_end, content_hash, text)
        VALUES (@articleId, @key, @start, @end, @contentHash, @text) ON CONFLICT DO NOTHING`),
      get: db.prepare('SELECT * FROM answer_posts WHERE key = ?'),
      citing: db.prepare(`SELECT c.key, c.article_id, c.span_start, c.span_end, c.content_hash, c.text
        FROM answer_post_citations c JOIN answer_posts p ON p.key = c.key
        WHERE c.article_id = ? AND p.flagged_at IS NULL`),
      flag: db.prepare('UPDATE answer_posts SET flagged_at = ? WHERE key = ? AND flagged_at IS NULL'),
      pending: db.prepare(`SELECT * FROM answer_posts WHERE flagged_at IS NOT NULL AND edited_at IS NULL
        ORDER BY flagged_at DESC, key LIMIT ?`),
      edited: db.prepare('UPDATE answer_posts SET edited_at = ? WHERE key = ?'),
      page: db.prepare('UPDATE answer_posts SET page = ? WHERE key = ?'),
      purge: db.prepare('DELETE FROM answer_posts WHERE posted_at < ?'),
      forget: db.prepare('DELETE FROM answer_posts WHERE guild_id = ?'),
    };
  }

  async track(post: NewPostedAnswer): Promise<void> {
    this.db.transaction(() => {
      const inserted = this.s.insert.run({ ...post, answer: JSON.stringify(post.answer) }).changes === 1;
      if (!inserted) return;
      for (const c of citedSpans(post.answer)) this.s.cite.run({ ...c, key: post.key });
    })();
  }

  async get(key: string): Promise<PostedAnswer | null> {
    const row = this.s.get.get(key) as Row | undefined;
    return row ? toPost(row) : null;
  }

  async citing(articleId: string): Promise<Array<TrackedCitation & { key: string }>> {
    const rows = this.s.citing.all(articleId) as Array<{
      key: string;
      article_id: string;
      span_start: number;
      span_end: number;
      content_hash: string;
      text: string;
    }>;
    return rows.map((r) => ({
      key: r.key,
      articleId: r.article_id,
      start: r.span_start,
      end: r.span_end,
      contentHash: r.content_hash,
      text: r.text,
    }));
  }

  async flag(keys: readonly string[], at: string): Promise<string[]> {
    return this.db.transaction(() => keys.filter((key) => this.s.flag.run(at, key).changes === 1))();
  }

  async pendingEdits(limit: number): Promise<PostedAnswer[]> {
    return (this.s.pending.all(limit) as Row[]).map(toPost);
  }

  async markEdited(key: string, at: string): Promise<void> {
    this.s.edited.run(at, key);
  }

  async setPage(key: string, page: number): Promise<void> {
    this.s.page.run(page, key);
  }

  async purge(postedBefore: string): Promise<number> {
    return this.s.purge.run(postedBefore).changes;
  }

  async forget(guildId: string): Promise<number> {
    return this.s.forget.run(guildId).changes;
  }
}
