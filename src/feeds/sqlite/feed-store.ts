import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Scope } from '../../articles/article.js';
import type { FeedRecord, FeedStore, PollOutcome } from '../feed-store.js';

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

/** A feed's id: stable for its scope and URL. */
export function feedIdFor(scope: Scope, url: string): string {
  return `fd-${createHash('sha256').update(`${scope}\n${url}`).digest('hex').slice(0, 10)}`;
}

/** Feeds in the `feeds` and `feed_items` tables of the article database. */
export class SqliteFeedStore implements FeedStore {
  private readonly s: Record<string, Statement>;

  constructor(private readonly db: Database) {
    const p = (sql: string): Statement => db.prepare(sql);
    this.s = {
      add: p(`INSERT INTO feeds (id, scope, url, added_at, added_by, next_poll_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING`),
      byId: p('SELECT * FROM feeds WHERE id = ?'),
      list: p('SELECT * FROM feeds WHERE scope = ? ORDER BY added_at, id'),
      find: p('SELECT * FROM feeds WHERE scope = ? AND (id = ? OR url = ?)'),
      remove: p('DELETE FROM feeds WHERE scope = ? AND id = ?'),
      removeScope: p('DELETE FROM feeds WHERE scope = ?'),
      guildScopes: p("SELECT DISTINCT scope FROM feeds WHERE scope <> 'global' ORDER BY scope"),
      due: p('SELECT * FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, id LIMIT ?'),
      lease: p('UPDATE feeds SET next_poll_at = ? WHERE id = ? AND next_poll_at <= ?'),
      ok: p(`UPDATE feeds SET last_checked_at = @at, last_success_at = @at, failures = 0, next_poll_at = @next,
        etag = CASE WHEN @notModified THEN etag ELSE @etag END,
        last_modified = CASE WHEN @notModified THEN last_modified ELSE @lastModified END,
        title = coalesce(@title, title),
        item_count = CASE WHEN @notModified THEN item_count ELSE @itemCount END,
        added_count = added_count + @added WHERE id = @id`),
      failed:
        p(`UPDATE feeds SET last_checked_at = @at, last_error = @error, last_error_at = @at, failures = failures + 1,
        next_poll_at = @next WHERE id = @id`),
      seen: p('SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?'),
      markSeen: p(
        'INSERT OR IGNORE INTO feed_items (feed_id, item_key, article_id, seen_at) VALUES (?, ?, ?, ?)',
      ),
    };
  }

  async add(args: { scope: Scope; url: string; by: string | null; at: string }): Promise<FeedRecord | null> {
    const id = feedIdFor(args.scope, args.url);
    const r = this.s.add!.run(id, args.scope, args.url, args.at, args.by, args.at);
    return r.changes === 1 ? toRecord(this.s.byId!.get(id) as Row) : null;
  }

  async list(scope: Scope): Promise<FeedRecord[]> {
    return (this.s.list!.all(scope) as Row[]).map(toRecord);
  }

  async find(scope: Scope, idOrUrl: string): Promise<FeedRecord | null> {
    const row = this.s.find!.get(scope, idOrUrl, idOrUrl) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  async remove(scope: Scope, id: string): Promise<boolean> {
    return this.s.remove!.run(scope, id).changes === 1;
  }

  async removeScope(scope: Scope): Promise<number> {
    return this.s.removeScope!.run(scope).changes;
  }

  async guildScopes(): Promise<string[]> {
    return (this.s.guildScopes!.all() as Array<{ scope: string }>).map((r) => r.scope);
  }

  async due(now: string, limit: number): Promise<FeedRecord[]> {
    return (this.s.due!.all(now, limit) as Row[]).map(toRecord);
  }

  async lease(id: string, now: string, leaseUntil: string): Promise<boolean> {
    return this.s.lease!.run(leaseUntil, id, now).changes === 1;
  }

  async record(id: string, o: PollOutcome): Promise<void> {
    if (o.ok) {
      this.s.ok!.run({
        id,
        at: o.at,
        next: o.nextPollAt,
        notModified: o.notModified ? 1 : 0,
        etag: o.etag,
        lastModified: o.lastModified,
        title: o.title,
        itemCount: o.itemCount,
        added: o.added,
      });
    } else {
      this.s.failed!.run({ id, at: o.at, next: o.nextPollAt, error: o.error.slice(0, 500) });
    }
  }

  async seen(feedId: string, keys: readonly string[]): Promise<Set<string>> {
    return new Set(keys.filter((k) => this.s.seen!.get(feedId, k) !== undefined));
  }

  async markSeen(
    feedId: string,
    items: ReadonlyArray<{ key: string; articleId: string | null }>,
    at: string,
  ): Promise<void> {
    this.db.transaction(() => {
      for (const i of items) this.s.markSeen!.run(feedId, i.key, i.articleId, at);
    })();
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
