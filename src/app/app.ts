import type Keyv from 'keyv';
import type { AnswerEngine } from '../answers/answer.js';
import type { EngineSet } from '../answers/engines.js';
import type { Scope } from '../articles/article.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { createCorrections, type Corrections } from '../corrections/corrections.js';
import type { PostedAnswerStore } from '../corrections/posted-answers.js';
import type { DigestLedger } from '../digest/ledger.js';
import type { FeedStore } from '../feeds/feed-store.js';
import type { Logger } from '../log.js';
import type { ArticleStore, UpsertStatus } from '../store/article-store.js';
import type { SearchTuning } from '../store/sqlite/search/search.js';
import { createStoryGrouping, type StoryGrouping } from '../stories/grouping.js';
import type { StoryStore } from '../stories/story-store.js';
import type { KeyvBackend } from '../store/keyv-factory.js';
import { openSqliteBackend } from './sqlite-backend.js';

/**
 * The whole application, opened once by the composition root (`openApp`) and passed down: the
 * surfaces (CLI, console, bot) take it or a `Pick<App, …>` of it; features below take only the
 * small interfaces they declare, which an App satisfies.
 */
export interface App {
  readonly config: Config;
  readonly log: Logger;
  readonly clock: Clock;
  readonly store: ArticleStore;
  /** Stories, the digest ledger and feeds: kept in the article store's database. */
  readonly stories: StoryStore;
  readonly ledger: DigestLedger;
  readonly feeds: FeedStore;
  /** Public answers posted in Discord and what they cite (kept 30 days), in the same database. */
  readonly postedAnswers: PostedAnswerStore;
  readonly grouping: StoryGrouping;
  /** Flags posted answers whose cited spans an `updated` re-ingest changed or removed. */
  readonly corrections: Corrections;
  /**
   * Runs after every ingest that saved articles (the ingest context's hook): groups them into
   * stories, and flags posted answers whose cited spans the `updated` ones changed. Every ingest
   * path gets it by taking the App as its context.
   */
  afterSave(saved: ReadonlyArray<{ id: string; status?: UpsertStatus }>, scope: Scope): Promise<void>;
  /** A Keyv namespace for small state (settings, caches); the same instance per namespace. */
  keyv(namespace: string): Promise<Keyv>;
  /** Where Keyv state lives (opened on first use); its Redis connection backs shared rate limits. */
  keyvBackend(): Promise<KeyvBackend>;
  /** The engine answers use (configured, or `choice`: extractive or claude); built once per choice. */
  answerEngine(choice?: string): Promise<AnswerEngine>;
  /** The engine digests are written with; shares the answers' concurrency bound and failure policy. */
  digestEngine(): Promise<AnswerEngine>;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  config: Config;
  log: Logger;
  clock: Clock;
  /** Overrides `config.dbPath` and `config.databaseUrl` (the CLI's `--db`: a file or a postgres:// URL). */
  database?: string | undefined;
  /** Search query-planner thresholds (benchmarks and tests); the defaults suit real archives. */
  tuning?: SearchTuning | undefined;
}

/** True for a `postgres://` (or `postgresql://`) URL: the database is Postgres, not a SQLite file. */
export function isPostgresUrl(value: string | undefined): boolean {
  return value !== undefined && /^postgres(ql)?:\/\//i.test(value);
}

/**
 * The composition root: opens the database with every store on it — Postgres when DATABASE_URL
 * (or `--db`) is a postgres:// URL, else the SQLite file — story grouping, the Keyv namespaces
 * (KEYV_URL's backend, else the same database) and, on first use, the engines.
 */
export async function openApp(o: OpenAppOptions): Promise<App> {
  const target = o.database ?? o.config.databaseUrl ?? o.config.dbPath;
  const postgres = isPostgresUrl(target);
  const { backend, sqliteFile } = postgres
    ? {
        backend: await import('./postgres-backend.js').then(({ openPostgresBackend }) =>
          openPostgresBackend({
            url: target,
            clock: o.clock,
            log: o.log,
            tuning: o.tuning,
            variable: o.database ? '--db' : 'DATABASE_URL',
          }),
        ),
        sqliteFile: undefined,
      }
    : await openSqliteBackend({ path: target, clock: o.clock, log: o.log, tuning: o.tuning }).then((b) => ({
        backend: b,
        sqliteFile: b.store.db,
      }));
  const { store } = backend;
  const grouping = createStoryGrouping({ store, stories: backend.stories, log: o.log });
  const corrections = createCorrections({ store, posts: backend.postedAnswers, clock: o.clock, log: o.log });

  let keyvs: Promise<KeyvBackend> | undefined;
  const keyvBackend = (): Promise<KeyvBackend> => {
    keyvs ??= import('../store/keyv-factory.js').then(({ openKeyvBackend }) =>
      openKeyvBackend({
        keyvUrl: o.config.keyvUrl,
        databaseUrl: postgres ? target : undefined,
        db: sqliteFile,
        log: o.log,
      }),
    );
    // A failure to connect (say, an unreachable KEYV_URL) is reported, and tried again next time.
    keyvs.catch(() => (keyvs = undefined));
    return keyvs;
  };
  const namespaces = new Map<string, Promise<Keyv>>();
  const keyv = (namespace: string): Promise<Keyv> => {
    let k = namespaces.get(namespace);
    if (!k) {
      k = keyvBackend().then((b) => b.namespace(namespace));
      k.catch(() => namespaces.delete(namespace));
      namespaces.set(namespace, k);
    }
    return k;
  };

  // Loaded on first use: the engines (and their date parsers) cost ~0.2 s to import, which
  // `search`, `list` and the other store commands never need.
  let engines: Promise<EngineSet> | undefined;
  const engineSet = (): Promise<EngineSet> => {
    engines ??= Promise.all([import('../answers/engines.js'), keyv('answers')]).then(
      ([{ createEngineSet }, answers]) =>
        createEngineSet({ config: o.config, store, log: o.log, keyv: answers, stories: backend.stories }),
    );
    // A failure to build (say, an unreachable KEYV_URL) is reported, and tried again next time.
    engines.catch(() => (engines = undefined));
    return engines;
  };

  return {
    config: o.config,
    log: o.log,
    clock: o.clock,
    ...backend,
    grouping,
    corrections,
    async afterSave(saved, scope) {
      const updated = saved.filter((s) => s.status === 'updated').map((s) => s.id);
      // Both run even when one fails; the ingest logs a failure and keeps what it saved.
      const [grouped, flagged] = await Promise.allSettled([
        grouping.afterSave(saved, scope),
        updated.length > 0 ? corrections.articlesUpdated(updated, scope) : Promise.resolve([]),
      ]);
      if (flagged.status === 'rejected')
        o.log.error({ err: flagged.reason as unknown }, 'could not check posted answers against the updates');
      if (grouped.status === 'rejected') throw grouped.reason;
    },
    keyv,
    keyvBackend,
    answerEngine: async (choice) => (await engineSet()).answers(choice),
    digestEngine: async () => (await engineSet()).digest(),
    async close() {
      // Keyv backends elsewhere (Redis, Postgres) hold connections of their own.
      await (await keyvs?.catch(() => null))?.close();
      await store.close();
    },
  };
}
