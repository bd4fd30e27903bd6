import { isUserError } from '../errors.js';
import type { ArticleDraft } from './article.js';
import type { IngestContext, IngestItem } from './ingest-types.js';
import type { SaveOptions } from '../store/article-store.js';

// Articles per transaction: enough to spread the commit's cost, few enough to keep progress moving.
const MAX_DRAFTS = 250;
// …and a batch of slow inputs (large HTML pages) is stored after this long even if not full.
const MAX_WAIT_MS = 1_000;

type Entry = { source: string; draft: ArticleDraft } | { source: string; result: IngestItem };

/**
 * Drafts of local inputs stored together with `store.saveMany`: one transaction per batch, each
 * article still atomic (its own savepoint), results reported in input order. Failures to read an
 * input wait in line so the report keeps the order of the inputs.
 */
export class SaveBatch {
  private entries: Entry[] = [];
  private drafts = 0;
  private startedAt = 0;

  constructor(
    private readonly ctx: IngestContext,
    private readonly saveOptions: () => SaveOptions,
    private readonly report: (item: IngestItem) => void,
  ) {}

  /** Queues a draft; stores the batch when it is full or has waited long enough. */
  async add(source: string, draft: ArticleDraft): Promise<void> {
    if (this.entries.length === 0) this.startedAt = performance.now();
    this.entries.push({ source, draft });
    this.drafts++;
    if (this.drafts >= MAX_DRAFTS || performance.now() - this.startedAt >= MAX_WAIT_MS) await this.flush();
  }

  /** Queues an outcome already known (an input that could not be read), keeping its place. */
  addResult(result: IngestItem): void {
    if (this.entries.length === 0) this.startedAt = performance.now();
    this.entries.push({ source: result.source, result });
  }

  /** Stores the queued drafts and reports every queued entry in order. */
  async flush(): Promise<void> {
    const entries = this.entries;
    if (entries.length === 0) return;
    this.entries = [];
    this.drafts = 0;
    const drafts = entries.flatMap((e) => ('draft' in e ? [e.draft] : []));
    let saved: Awaited<ReturnType<NonNullable<IngestContext['store']['saveMany']>>>;
    try {
      saved = drafts.length > 0 ? await this.ctx.store.saveMany!(drafts, this.saveOptions()) : [];
    } catch (err) {
      // The whole transaction failed (e.g. the disk is full): every draft of the batch failed.
      saved = drafts.map(() => ({ ok: false as const, error: err }));
    }
    let i = 0;
    for (const entry of entries) {
      if ('result' in entry) {
        this.report(entry.result);
        continue;
      }
      const outcome = saved[i++]!;
      if (outcome.ok) {
        this.ctx.log.debug(
          { source: entry.source, status: outcome.result.status, id: outcome.result.id },
          'article ingested',
        );
        this.report({ source: entry.source, status: outcome.result.status, id: outcome.result.id });
      } else {
        this.report(failedResult(this.ctx, entry.source, outcome.error));
      }
    }
  }
}

/** The report entry of an input that failed, logged as a skipped input or an error. */
export function failedResult(ctx: IngestContext, source: string, err: unknown): IngestItem {
  const error = err instanceof Error ? err.message : String(err);
  if (isUserError(err)) ctx.log.warn({ source, error }, 'input skipped');
  else ctx.log.error({ source, err }, 'ingest failed');
  return { source, status: 'failed', error };
}
