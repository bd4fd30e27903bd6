import type { Scope } from '../../articles/article.js';
import type { Sql } from '../../store/postgres/database.js';
import type { FeedRecord, FeedStore, PollOutcome } from '../feed-store.js';
import { feedIdFor } from '../sqlite/feed-store.js';

interface Row {
  id: string;
  scope: string;
  url: string;
  title: string | null;
  added_at: string;
  added_by: string | null;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  failures: number;
  next_poll_at: string;
  item_count: number;
  added_count: number;
}

/**
 * Feeds in Postgres. `lease` is one conditional UPDATE: of several processes offered the same
 * due feed, exactly one moves its next poll forward and polls it.
 */
export class PgFeedStore implements FeedStore {
  constructor(private readonly sql: Sql) {}

  async add(args: { scope: Scope; url: string; by: string | null; at: string }): Promise<FeedRecord | null> {
    const r = await this.sql.query<Row>(
      `INSERT INTO feeds (id, scope, url, added_at, added_by, next_poll_at) VALUES ($1, $2, $3, $4, $5, $4)
      ON CONFLICT DO NOTHING RETURNING *`,
      [feedIdFor(args.scope, args.url), args.scope, args.url, args.at, args.by],
    );
    return r.rows[0] ? toRecord(r.rows[0]) : null;
  }

  async list(scope: Scope): Promise<FeedRecord[]> {
    return (
      await this.sql.query<Row>('SELECT * FROM feeds WHERE scope = $1 ORDER BY added_at, id', [scope])
    ).rows.map(toRecord);
  }

  async find(scope: Scope, idOrUrl: string): Promise<FeedRecord | null> {
    const r = await this.sql.query<Row>('SELECT * FROM feeds WHERE scope = $1 AND (id = $2 OR url = $2)', [
      scope,
      idOrUrl,
    ]);
    return r.rows[0] ? toRecord(r.rows[0]) : null;
  }

  async remove(scope: Scope, id: string): Promise<boolean> {
    return (
      (await this.sql.query('DELETE FROM feeds WHERE scope = $1 AND id = $2', [scope, id])).rowCount === 1
    );
  }

  async removeScope(scope: Scope): Promise<number> {
    return (await this.sql.query('DELETE FROM feeds WHERE scope = $1', [scope])).rowCount ?? 0;
  }

  async guildScopes(): Promise<string[]> {
    const r = await this.sql.query<{ scope: string }>(
      "SELECT DISTINCT scope FROM feeds WHERE scope <> 'global' ORDER BY scope",
    );
    return r.rows.map((row) => row.scope);
  }

  async due(now: string, limit: number): Promise<FeedRecord[]> {
    const r = await this.sql.query<Row>(
      'SELECT * FROM feeds WHERE next_poll_at <= $1 ORDER BY next_poll_at, id LIMIT $2',
      [now, limit],
    );
    return r.rows.map(toRecord);
  }

  async lease(id: string, now: string, leaseUntil: string): Promise<boolean> {
    const r = await this.sql.query(
      'UPDATE feeds SET next_poll_at = $1 WHERE id = $2 AND next_poll_at <= $3',
      [leaseUntil, id, now],
    );
    return r.rowCount === 1;
  }

  async record(id: string, o: PollOutcome): Promise<void> {
    if (o.ok) {
      await this.sql.query(
        `UPDATE feeds SET last_checked_at = $2, last_success_at = $2, failures = 0, next_poll_at = $3,
          etag = CASE WHEN $4 THEN etag ELSE $5 END,
          last_modified = CASE WHEN $4 THEN last_modified ELSE $6 END,
          title = coalesce($7, title),
          item_count = CASE WHEN $4 THEN item_count ELSE $8 END,
          added_count = added_count + $9 WHERE id = $1`,
        [id, o.at, o.nextPollAt, o.notModified, o.etag, o.lastModified, o.title, o.itemCount, o.added],
      );
    } else {
      await this.sql.query(
        `UPDATE feeds SET last_checked_at = $2, last_error = $3, last_error_at = $2, failures = failures + 1,
          next_poll_at = $4 WHERE id = $1`,
        [id, o.at, o.error.slice(0, 500), o.nextPollAt],
      );
    }
  }

  async seen(feedId: string, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const r = await this.sql.query<{ item_key: string }>(
      'SELECT item_key FROM feed_items WHERE feed_id = $1 AND item_key = ANY($2::text[])',
      [feedId, [...keys]],
    );
    return new Set(r.rows.map((row) => row.item_key));
  }

  async markSeen(
    feedId: string,
    items: ReadonlyArray<{ key: string; articleId: string | null }>,
    at: string,
  ): Promise<void> {
    if (items.length === 0) return;
    await this.sql.query(
      `INSERT INTO feed_items (feed_id, item_key, article_id, seen_at)
      SELECT $1, k, a, $4 FROM unnest($2::text[], $3::text[]) AS i(k, a) ON CONFLICT DO NOTHING`,
      [feedId, items.map((i) => i.key), items.map((i) => i.articleId), at],
    );
  }
}

function toRecord(r: Row): FeedRecord {
  return {
    id: r.id,
    scope: r.scope,
    url: r.url,
    title: r.title,
    addedAt: r.added_at,
    addedBy: r.added_by,
    etag: r.etag,
    lastModified: r.last_modified,
    lastCheckedAt: r.last_checked_at,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    failures: r.failures,
    nextPollAt: r.next_poll_at,
    itemCount: r.item_count,
    addedCount: r.added_count,
  };
}
