import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { ArticleStore, UpsertStatus } from '../store/article-store.js';
import type { Scope } from './article.js';
import type { ResolvedAddress } from './fetch/resolve.js';

/** What ingestion needs from the application. */
export interface IngestContext {
  store: ArticleStore;
  config: Config;
  log: Logger;
  clock: Clock;
  /** How host names are resolved for fetching (default: the system resolver); tests pass their own. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /**
   * Called once at the end of a run with every article it saved (added, updated or duplicate) and
   * their scope: the application groups them into stories here. Its errors are logged and never
   * fail the ingest.
   */
  afterSave?: (saved: Array<{ id: string; status: UpsertStatus }>, scope: Scope) => Promise<void>;
}

/** Options for one ingest run. */
export interface IngestOptions {
  /** Where the articles are stored (default global). */
  scope?: Scope;
  /** Outlet for inputs that name none; never overrides an input's own. */
  outlet?: string;
  /**
   * Publication date for inputs that have none, as the caller parsed it (`YYYY-MM-DD` or ISO
   * date-time); never overrides.
   */
  published?: string;
  /** Marks bundled sample articles. */
  isExample?: boolean;
  /** Called after each article; `total` may grow as JSON arrays and feeds reveal their records. */
  onProgress?: (done: number, total: number) => void;
}

export type IngestStatus = UpsertStatus | 'failed';

/** The outcome for one article (or one input that could not be read). */
export interface IngestItem {
  source: string;
  status: IngestStatus;
  id?: string;
  error?: string;
}

export interface IngestReport {
  added: number;
  updated: number;
  unchanged: number;
  duplicate: number;
  failed: number;
  items: IngestItem[];
}

/** What the options fill in for inputs that lack it. */
export interface FillIns {
  outlet: string | null;
  published: string | null;
}
