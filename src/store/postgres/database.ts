import { createHash } from 'node:crypto';
import pg from 'pg';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { connectFailureReason, isConnectionLost, isRetryableConflict } from './errors.js';
import { redactUrl } from '../../config.js';

/** A statement text, or a named one (prepared once per connection, its plan reused). */
export type Statement = string | { name: string; text: string };

/** What runs statements: the pool (each statement on any connection) or one transaction's client. */
export interface Sql {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: Statement,
    params?: readonly unknown[],
  ): Promise<pg.QueryResult<R>>;
}

/**
 * A statement prepared once per connection and planned from then on with its cached plan: for the
 * writer's few hot statements, whose planning cost as much as running them. Named by its text.
 */
export function prepared(text: string): Statement {
  return { name: `nr_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text };
}

export interface OpenPostgresOptions {
  /** `postgres://user:password@host:port/database?options=…` */
  url: string;
  log?: Logger | undefined;
  /** Connections in the pool (default 10). */
  max?: number | undefined;
  /** The variable the URL came from, named in start-up errors (default DATABASE_URL). */
  variable?: string | undefined;
}

// Bigint keys of session advisory locks taken with two int4 keys; single-bigint keys (articles) never collide.
const LOCK_CLASS = 0x6e77;

/**
 * A pool of connections to one Postgres database, shared by every store of the backend. A
 * statement or a transaction that loses its connection (a restart, `pg_terminate_backend`) is run
 * once more on a new one; a transaction Postgres aborted for a deadlock is run again too, since
 * nothing of it was kept.
 */
export class PgDatabase implements Sql {
  readonly pool: pg.Pool;
  private closed = false;

  private constructor(
    pool: pg.Pool,
    private readonly log: Logger | undefined,
  ) {
    this.pool = pool;
  }

  /**
   * Connects and checks the server answers. A bad URL, an unreachable server or refused
   * credentials is a UserError naming the variable, with the password masked.
   */
  static async open(o: OpenPostgresOptions): Promise<PgDatabase> {
    const variable = o.variable ?? 'DATABASE_URL';
    const shown = redactUrl(o.url);
    let pool: pg.Pool;
    try {
      pool = new pg.Pool({
        connectionString: o.url,
        max: o.max ?? 10,
        connectionTimeoutMillis: 10_000,
        idleTimeoutMillis: 30_000,
        // Seen in pg_stat_activity; a URL's own `application_name` wins.
        ...(/[?&]application_name=/.test(o.url) ? {} : { application_name: 'newsroom' }),
      });
    } catch (err) {
      throw new UserError(
        `${variable} is not a usable Postgres URL (${shown}): ${connectFailureReason(err, o.url)}`,
        'bad_config',
      );
    }
    // An idle connection the server closed (a restart, pg_terminate_backend) is dropped by the
    // pool; without a listener the error would end the process.
    pool.on('error', (err) =>
      o.log?.warn({ err: connectFailureReason(err, o.url) }, 'postgres connection lost'),
    );

    try {
      await pool.query('SELECT 1');
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new UserError(
        `${variable}: cannot connect to ${shown}: ${connectFailureReason(err, o.url)}`,
        'bad_config',
      );
    }
    return new PgDatabase(pool, o.log);
  }

  /** One statement; run again on a new connection when its connection was lost. */
  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: Statement,
    params?: readonly unknown[],
  ): Promise<pg.QueryResult<R>> {
    const config = typeof text === 'string' ? { text } : text;
    try {
      return await this.pool.query<R>({ ...config, values: params as unknown[] });
    } catch (err) {
      if (!isConnectionLost(err) || this.closed) throw err;
      this.log?.warn({ err: errorCode(err) }, 'postgres connection lost; running the statement again');
      return this.pool.query<R>({ ...config, values: params as unknown[] });
    }
  }

  /**
   * Runs `work` in one transaction (READ COMMITTED) on one connection: committed when it
   * resolves, rolled back when it throws. Run again from the start, once, when the connection was
   * lost or Postgres chose it as a deadlock victim: `work` must decide from what it reads.
   */
  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(work);
      } catch (err) {
        const retry = isConnectionLost(err) || isRetryableConflict(err);
        if (!retry || attempt >= 3 || this.closed) throw err;
        this.log?.warn(
          { err: errorCode(err), attempt },
          'postgres transaction interrupted; running it again',
        );
      }
    }
  }

  /**
   * A connection of the pool for several statements. While checked out it has a listener of its
   * own: a connection the server ends between two statements reports it as an 'error' event, which
   * would otherwise end the process. Its next statement then fails and `release(true)` drops it.
   */
  async checkout(): Promise<pg.PoolClient> {
    const client = await this.pool.connect();
    const onError = (err: Error) =>
      this.log?.warn({ err: errorCode(err) }, 'postgres connection lost while in use');
    client.on('error', onError);
    const release = client.release.bind(client);
    client.release = (destroy?: boolean | Error) => {
      client.off('error', onError);
      release(destroy);
    };
    return client;
  }

  private async once<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.checkout();
    let broken = false;
    try {
      // No JIT in a transaction: it compiles when a plan's estimated cost is high, which a table
      // without statistics (autovacuum off, or young) makes of every lookup, and then spent
      // 100–400 ms compiling a save that runs in 10 ms. Same round trip as BEGIN.
      await client.query('BEGIN; SET LOCAL jit = off');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      broken = isConnectionLost(err);
      if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
      throw err;
    } finally {
      client.release(broken);
    }
  }

  /**
   * Runs `work` while holding a session-level advisory lock named by `name` (per schema), so one
   * process at a time does it across every process sharing the database. Waits for the lock.
   * The lock is the server's: it goes with the connection if this process dies.
   */
  async exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
    const client = await this.checkout();
    let broken = false;
    try {
      await client.query(`SELECT pg_advisory_lock(${LOCK_CLASS}, hashtext(current_schema() || $1))`, [name]);
      try {
        return await work();
      } finally {
        await client
          .query(`SELECT pg_advisory_unlock(${LOCK_CLASS}, hashtext(current_schema() || $1))`, [name])
          .catch((err: unknown) => {
            broken = true;
            this.log?.warn({ err: errorCode(err) }, 'postgres lock connection lost');
          });
      }
    } catch (err) {
      broken ||= isConnectionLost(err);
      throw err;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

function errorCode(err: unknown): string {
  const e = err as { code?: string; message?: string } | null;
  return e?.code ?? e?.message?.split('\n')[0] ?? String(err);
}
