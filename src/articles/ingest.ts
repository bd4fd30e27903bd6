import { UserError } from '../errors.js';
import type { SaveOptions } from '../store/article-store.js';
import { GLOBAL_SCOPE, type ArticleDraft } from './article.js';
import type { FillIns, IngestContext, IngestItem, IngestOptions, IngestReport } from './ingest-types.js';
import { failedResult, SaveBatch } from './ingest-batch.js';
import { fileUnits } from './sources/files.js';
import { failedItem, type InputUnit, type PendingItem } from './sources/pending.js';
import { urlUnits } from './sources/url.js';

/**
 * Reads files, directories (recursively), page URLs and feed URLs, and stores each article found.
 * Every article is saved atomically on its own (articles of local files share a transaction in
 * batches, each still in its own savepoint), so one bad input fails only its own item and the rest
 * goes on; re-running the same inputs reports `unchanged`.
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
 * it fetched itself), with the same per-item reporting, fill-ins and after-save hook as `ingest`.
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
  if (ctx.afterSave && saved.length > 0) {
    try {
      await ctx.afterSave(saved, options.scope ?? GLOBAL_SCOPE);
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

function fillIns(options: IngestOptions): FillIns {
  return { outlet: options.outlet?.trim() || null, published: options.published?.trim() || null };
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
