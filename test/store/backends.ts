import { afterAll, afterEach, describe } from 'vitest';
import type { ArticleStore } from '../../src/store/article-store.js';
import type { SearchTuning } from '../../src/store/sqlite/index.js';
import { openPostgresTestApp } from '../helpers/open-postgres-test-app.js';
import { openTestApp } from '../helpers/open-test-app.js';
import { adminQuery, postgresAvailable } from '../helpers/postgres.js';

export const NOW = '2024-06-01T12:00:00.000Z';

/**
 * A store opened for the contract suite, with the few hooks a test needs to look underneath it:
 * faults injected by the database itself (a trigger refusing a write half-way through a save) and
 * counts of what is physically stored.
 */
export interface ContractStore {
  store: ArticleStore & Required<Pick<ArticleStore, 'saveMany'>>;
  /** Makes the database refuse every later near-duplicate band-key write (the last write of a new original), or only those of an article with this title. */
  failBands(message: string, onlyTitle?: string): Promise<void>;
  /** Makes the database refuse every later article body whose text begins with `prefix`. */
  failBodies(prefix: string, message: string): Promise<void>;
  /** Article bodies physically stored. */
  bodies(): Promise<number>;
  /** Bytes the raw input of an article takes in storage (after any compression). */
  rawStoredBytes(id: string): Promise<number>;
  /** Entries of the full-text index matching a word. */
  indexedMatches(word: string): Promise<number>;
}

export interface OpenOptions {
  tuning?: SearchTuning;
  shared?: boolean;
}

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  /** False when its server is unreachable: the suite is then reported skipped. */
  available: boolean;
  /** A fresh, empty store, removed after the test (after the file with `shared`, for a store opened in `beforeAll`). */
  open(options?: OpenOptions): Promise<ContractStore>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
const sharedCleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of sharedCleanups.splice(0)) await c();
});
const later = (o: OpenOptions, cleanup: () => Promise<void>) =>
  (o.shared ? sharedCleanups : cleanups).push(cleanup);

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

const sqlite: StoreBackend = {
  name: 'sqlite',
  available: true,
  async open(options = {}) {
    const app = await openTestApp({ now: NOW, file: 'nested/newsroom.db', tuning: options.tuning });
    later(options, () => app.cleanup());
    const { db } = app.store;
    const count = (sql: string, ...params: unknown[]) =>
      Number(
        db
          .prepare(sql)
          .pluck()
          .get(...params),
      );
    return {
      store: app.store,
      async failBands(message, onlyTitle) {
        const when = onlyTitle
          ? `WHEN (SELECT title FROM articles WHERE seq = NEW.seq) = ${quote(onlyTitle)}`
          : '';
        db.exec(`CREATE TRIGGER fail_bands BEFORE INSERT ON article_bands_recent ${when}
          BEGIN SELECT RAISE(ABORT, ${quote(message)}); END`);
      },
      async failBodies(prefix, message) {
        db.exec(`CREATE TRIGGER fail_bodies BEFORE INSERT ON article_bodies WHEN NEW.text LIKE ${quote(`${prefix}%`)}
          BEGIN SELECT RAISE(ABORT, ${quote(message)}); END`);
      },
      bodies: async () => count('SELECT count(*) FROM article_bodies'),
      rawStoredBytes: async (id) =>
        count(
          'SELECT length(CAST(b.raw_content AS BLOB)) FROM article_bodies b JOIN articles a ON a.seq = b.seq WHERE a.id = ?',
          id,
        ),
      indexedMatches: async (word) =>
        count(
          'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?',
          `"${word.replace(/"/g, '""')}"`,
        ),
    };
  },
};

const postgres: StoreBackend = {
  name: 'postgres',
  available: postgresAvailable,
  async open(options = {}) {
    const app = await openPostgresTestApp({ now: NOW, tuning: options.tuning });
    later(options, () => app.cleanup());
    const q = (sql: string, params: unknown[] = []) => adminQuery(sql, params, app.url);
    const count = async (sql: string, params: unknown[] = []) =>
      Number(Object.values((await q(sql, params))[0]!)[0]);
    const failing = async (name: string, table: string, condition: string, message: string) => {
      await q(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN IF ${condition} THEN RAISE EXCEPTION '%', ${quote(message)}; END IF; RETURN NEW; END $f$`);
      await q(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    };
    return {
      store: app.store,
      failBands: (message, onlyTitle) =>
        failing(
          'fail_bands',
          'article_bands',
          onlyTitle ? `(SELECT title FROM articles WHERE seq = NEW.seq) = ${quote(onlyTitle)}` : 'true',
          message,
        ),
      failBodies: (prefix, message) =>
        failing('fail_bodies', 'article_bodies', `NEW.text LIKE ${quote(`${prefix}%`)}`, message),
      bodies: () => count('SELECT count(*) FROM article_bodies'),
      rawStoredBytes: (id) =>
        count(
          // The stored size (compressed or not), without the length header of an uncompressed value.
          `SELECT least(pg_column_size(b.raw_content), octet_length(b.raw_content))
          FROM article_bodies b JOIN articles a ON a.seq = b.seq WHERE a.id = $1`,
          [id],
        ),
      indexedMatches: (word) =>
        count(`SELECT count(*) FROM articles WHERE search @@ phraseto_tsquery('newsroom', $1)`, [word]),
    };
  },
};

/** Both implementations of the ArticleStore contract. */
export const BACKENDS: readonly StoreBackend[] = [sqlite, postgres];

/**
 * Declares a suite once and runs it against every backend, each under its own name; a backend
 * whose server is unreachable is reported as skipped.
 */
export function forEachBackend(suite: (backend: StoreBackend) => void): void {
  for (const b of BACKENDS) describe.skipIf(!b.available)(`${b.name} store`, () => suite(b));
}
