import type { Clock } from '../clock.js';
import { pgPostedAnswersMigration } from '../corrections/postgres/migration.js';
import { PgPostedAnswerStore } from '../corrections/postgres/posted-answers.js';
import type { PostedAnswerStore } from '../corrections/posted-answers.js';
import type { DigestLedger } from '../digest/ledger.js';
import { pgDigestPostsMigration, pgDigestRetryMigration } from '../digest/postgres/migration.js';
import { PgDigestLedger } from '../digest/postgres/ledger.js';
import type { FeedStore } from '../feeds/feed-store.js';
import { pgFeedsMigration } from '../feeds/postgres/migration.js';
import { PgFeedStore } from '../feeds/postgres/feed-store.js';
import type { Logger } from '../log.js';
import {
  pgArticlesMigration,
  pgArticleVersionsMigration,
  pgKeyvMigration,
  type PgMigration,
} from '../store/postgres/migrations/index.js';
import { openPostgresStore } from '../store/postgres/open.js';
import type { PostgresArticleStore } from '../store/postgres/store.js';
import type { SearchTuning } from '../store/sqlite/search/search.js';
import { pgStoriesMigration, pgStoryRedirectsMigration } from '../stories/postgres/migration.js';
import { PgStoryStore } from '../stories/postgres/story-store.js';
import type { StoryStore } from '../stories/story-store.js';

/**
 * Every migration of the Postgres database, oldest first: the article store's and those of the
 * features whose tables share it. The one place they are numbered (separately from SQLite's);
 * append new ones and never edit one that has shipped.
 */
export const POSTGRES_MIGRATIONS: readonly PgMigration[] = [
  pgArticlesMigration,
  pgStoriesMigration,
  pgDigestPostsMigration,
  pgFeedsMigration,
  pgKeyvMigration,
  pgDigestRetryMigration,
  pgArticleVersionsMigration,
  pgStoryRedirectsMigration,
  pgPostedAnswersMigration,
];

/** The stores that live in one Postgres database, all on the same connection pool. */
export interface PostgresBackend {
  store: PostgresArticleStore;
  stories: StoryStore;
  feeds: FeedStore;
  ledger: DigestLedger;
  postedAnswers: PostedAnswerStore;
}

export interface OpenPostgresBackendOptions {
  url: string;
  clock: Clock;
  log?: Logger | undefined;
  tuning?: SearchTuning | undefined;
  /** Where the URL came from (DATABASE_URL or --db), named when it cannot be used. */
  variable?: string | undefined;
}

/** Connects, applies every pending migration (under the migration lock) and builds each store on the pool. */
export async function openPostgresBackend(o: OpenPostgresBackendOptions): Promise<PostgresBackend> {
  const store = await openPostgresStore({ ...o, migrations: POSTGRES_MIGRATIONS });
  return {
    store,
    stories: new PgStoryStore(store.db, o.clock),
    feeds: new PgFeedStore(store.db),
    ledger: new PgDigestLedger(store.db),
    postedAnswers: new PgPostedAnswerStore(store.db),
  };
}
