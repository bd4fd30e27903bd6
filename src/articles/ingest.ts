import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { ArticleStore, SaveOptions, UpsertStatus } from '../store/article-store.js';
import { GLOBAL_SCOPE, type ArticleDraft, type Scope } from './article.js';
import type { ResolvedAddress } from './fetch/resolve.js';
import { failedResult, SaveBatch } from './ingest-batch.js';
import { normalizeDate } from './metadata/dates.js';
import { fileUnits } from './sources/files.js';
import { failedItem, type InputUnit, type PendingItem } from './sources/pending.js';
import { urlUnits } from './sources/url.js';

/** What ingestion needs from the application. */
export interface IngestContext {
  store: ArticleStore;
  config: Config;
  log: Logger;
  clock: Clock;
  /** How host names are resolved for fetching (default: the system resolver); tests pass their own. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
}

/** Options for one ingest run. */
export interface IngestOptions {
  /** Where the articles are stored (default global). */
  scope?: Scope;
  /** Outlet for inputs that name none; never overrides an input's own. */
  outlet?: string;
  /** Publication date for inputs that have none (`YYYY-MM-DD` or ISO date-time); never overrides. */
  published?: string;
  /** Marks bundled sample articles. */
  isExample?: boolean;
  /** Called after each article; `total` may grow as JSON arrays and feeds reveal their records. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Called once at the end with every article the run saved (added, updated or duplicate), e.g. to
   * group stories. Its errors are logged and never fail the ingest.
   */
  onSaved?: (saved: Array<{ id: string; status: UpsertStatus }>) => Promise<void>;
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

/**
 * Reads files, directories (recursively), page URLs and feed URLs, and stores each article found.
 * Every article is saved atomically on its own (articles of local files share a transaction in
 * batches, each still in its own savepoint), so one bad input fails only its own item and the rest
 * goes on; re-running the same inputs reports `unchanged`.
 * Throws a UserError only for bad options (an unreadable `published` date).
 */
export async function ingest(
  ctx: IngestContext,
  inputs: string[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const fill = fillIns(options);
  const units: InputUnit[] = [];
  for (const input of inputs) units.push(...(await unitsOf(input, ctx)));
  return ingestUnits(ctx, units, options, fill);
}

/**
 * Stores the articles of already prepared input units (a feed poller hands in the items of a feed
 * it fetched itself), with the same per-item reporting, fill-ins and `onSaved` hook as `ingest`.
 */
export async function ingestUnits(
  ctx: IngestContext,
  units: InputUnit[],
  options: IngestOptions = {},
  fill: FillIns = fillIns(options),
): Promise<IngestReport> {
  const report: IngestReport = { added: 0, updated: 0, unchanged: 0, duplicate: 0, failed: 0, items: [] };
  let total = units.length;
  let done = 0;
  const record = (result: IngestItem) => {
    report.items.push(result);
    report[result.status] += 1;
    done += 1;
    options.onProgress?.(done, total);
  };
  // Local files are stored in batches (one transaction each) when the store can; the rest one by one.
  const batch = ctx.store.saveMany ? new SaveBatch(ctx, () => saveOptions(ctx, options), record) : null;
  options.onProgress?.(done, total);
  for (const unit of units) {
    let items: PendingItem[];
    try {
      items = await unit.expand();
    } catch (err) {
      items = [failedItem(unit.source, err)];
    }
    total += items.length - 1;
    for (const item of items) {
      if (batch && unit.batchable) {
        try {
          await batch.add(item.source, withFillIns(await item.load(), fill));
        } catch (err) {
          batch.addResult(failedResult(ctx, item.source, err));
        }
      } else {
        await batch?.flush();
        record(await ingestItem(ctx, item, fill, options));
      }
    }
  }
  await batch?.flush();
  const saved = report.items.flatMap((i) =>
    i.id !== undefined && i.status !== 'failed' && i.status !== 'unchanged'
      ? [{ id: i.id, status: i.status }]
      : [],
  );
  if (options.onSaved && saved.length > 0) {
    try {
      await options.onSaved(saved);
    } catch (err) {
      ctx.log.error({ err }, 'after-save hook failed');
    }
  }
  ctx.log.info(
    {
      added: report.added,
      updated: report.updated,
      unchanged: report.unchanged,
      duplicate: report.duplicate,
      failed: report.failed,
    },
    'ingest finished',
  );
  return report;
}

function saveOptions(ctx: IngestContext, options: IngestOptions): SaveOptions {
  return {
    scope: options.scope ?? GLOBAL_SCOPE,
    isExample: options.isExample ?? false,
    now: ctx.clock.now().toISOString(),
  };
}

/** What the options fill in for inputs that lack it. */
export interface FillIns {
  outlet: string | null;
  published: string | null;
}

function fillIns(options: IngestOptions): FillIns {
  const outlet = options.outlet?.trim() || null;
  if (options.published === undefined || options.published.trim() === '') return { outlet, published: null };
  const published = normalizeDate(options.published);
  if (published === null) {
    throw new UserError(`--published: "${options.published}" is not a date (use YYYY-MM-DD)`);
  }
  return { outlet, published };
}

async function unitsOf(input: string, ctx: IngestContext): Promise<InputUnit[]> {
  if (/^https?:\/\//i.test(input)) return [urlUnits(input, ctx)];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    const error = new UserError('unsupported address (only http and https URLs can be fetched)');
    return [{ source: input, expand: () => Promise.reject(error) }];
  }
  return fileUnits(input, { maxInputBytes: ctx.config.maxInputBytes });
}

async function ingestItem(
  ctx: IngestContext,
  item: PendingItem,
  fill: FillIns,
  options: IngestOptions,
): Promise<IngestItem> {
  try {
    const draft = withFillIns(await item.load(), fill);
    const result = await ctx.store.save(draft, saveOptions(ctx, options));
    ctx.log.debug({ source: item.source, status: result.status, id: result.id }, 'article ingested');
    return { source: item.source, status: result.status, id: result.id };
  } catch (err) {
    return failedResult(ctx, item.source, err);
  }
}

/** Fills what the input lacks from the command-line options; never overrides the input's own metadata. */
function withFillIns(draft: ArticleDraft, fill: FillIns): ArticleDraft {
  const out = { ...draft };
  if (out.outlet === null && fill.outlet !== null) out.outlet = fill.outlet;
  if (out.publishedAt === null && fill.published !== null) {
    out.publishedAt = fill.published;
    out.publishedAtSource = 'metadata';
  }
  return out;
}
