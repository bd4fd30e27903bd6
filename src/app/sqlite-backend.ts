import type { Clock } from '../clock.js';
import type { PostedAnswerStore } from '../corrections/posted-answers.js';
import { postedAnswersMigration } from '../corrections/sqlite/migration.js';
import { SqlitePostedAnswerStore } from '../corrections/sqlite/posted-answers.js';
import type { DigestLedger } from '../digest/ledger.js';
import { digestPostsMigration, digestRetryMigration } from '../digest/sqlite/migration.js';
import { SqliteDigestLedger } from '../digest/sqlite/ledger.js';
import type { FeedStore } from '../feeds/feed-store.js';
import { feedItemsMigration, feedsMigration } from '../feeds/sqlite/migration.js';
import { SqliteFeedStore } from '../feeds/sqlite/feed-store.js';
import type { Logger } from '../log.js';
import {
  articleVersionsMigration,
  articlesMigration,
  fulltextMigration,
  recentBandsMigration,
  stemmedFulltextMigration,
  type Migration,
} from '../store/sqlite/migrations/index.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { SearchTuning } from '../store/sqlite/search/search.js';
import type { SqliteArticleStore } from '../store/sqlite/store.js';
import { storiesMigration, storyRedirectsMigration } from '../stories/sqlite/migration.js';
import { SqliteStoryStore } from '../stories/sqlite/story-store.js';
import type { StoryStore } from '../stories/story-store.js';

/**
 * Every migration of the SQLite file, oldest first: the article store's and those of the features
 * whose tables share the file. This list is the one place they are numbered; append new ones and
 * never edit one that has shipped.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  articlesMigration,
  fulltextMigration,
  storiesMigration,
  digestPostsMigration,
  feedsMigration,
  feedItemsMigration,
  recentBandsMigration,
  articleVersionsMigration,
  stemmedFulltextMigration,
  digestRetryMigration,
  storyRedirectsMigration,
  postedAnswersMigration,
];

/** The stores that live in one SQLite file, all on the same connection. */
export interface SqliteBackend {
  store: SqliteArticleStore;
  stories: StoryStore;
  feeds: FeedStore;
  ledger: DigestLedger;
  postedAnswers: PostedAnswerStore;
}

export interface OpenSqliteBackendOptions {
  /** Database file (its folder is created), or `:memory:`. */
  path: string;
  clock: Clock;
  log?: Logger | undefined;
  tuning?: SearchTuning | undefined;
}

/** Opens the SQLite file with every migration applied and builds each store on its connection. */
export async function openSqliteBackend(o: OpenSqliteBackendOptions): Promise<SqliteBackend> {
  const store = await openSqliteStore({ ...o, migrations: SQLITE_MIGRATIONS });
  return {
    store,
    stories: new SqliteStoryStore(store.db, o.clock),
    feeds: new SqliteFeedStore(store.db),
    ledger: new SqliteDigestLedger(store.db),
    postedAnswers: new SqlitePostedAnswerStore(store.db),
  };
}
