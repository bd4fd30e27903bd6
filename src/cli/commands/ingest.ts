import type { CliSession } from '../session.js';
import { printJson, printLine, ExitCode } from '../io.js';
import { progressBar } from '../progress.js';
import { parseUserDate } from '../../dates/user-date.js';
import { UserError } from '../../errors.js';
import { GLOBAL_SCOPE } from '../../articles/article.js';
import type { IngestReport } from '../../articles/ingest-types.js';

export interface IngestCommandOptions {
  inputs: string[];
  /** Fills in an outlet only where an input names none. */
  outlet?: string | undefined;
  /** Fills in a publication date only where an input has none. */
  published?: string | undefined;
}

/** `newsroom ingest <path|url>...`: exit 2 when any item failed. */
export async function runIngest(session: CliSession, options: IngestCommandOptions): Promise<number> {
  if (options.inputs.length === 0) throw new UserError('Give at least one file, folder or URL to ingest.');
  const published = options.published
    ? parseUserDate(options.published, { now: session.clock.now(), label: 'published' })
    : undefined;
  const ctx = await session.context();
  const { ingest } = await import('../../articles/ingest.js');
  const bar = progressBar(session.io.stderr, 'Ingesting');
  const report = await ingest(ctx, options.inputs, {
    scope: session.scope ?? GLOBAL_SCOPE,
    outlet: options.outlet?.trim() || undefined,
    published,
    onProgress: (done, total) => bar.update(done, total),
  });
  bar.finish();
  if (session.io.json) printJson(session.io, report);
  else printLine(session.io, formatReport(report));
  return report.failed > 0 ? ExitCode.partial : ExitCode.ok;
}

export function formatReport(r: IngestReport): string {
  const total = r.added + r.updated + r.unchanged + r.duplicate + r.failed;
  const lines = [
    `Ingested ${total} item${total === 1 ? '' : 's'}: ${r.added} added, ${r.updated} updated, ` +
      `${r.unchanged} unchanged, ${r.duplicate} duplicate, ${r.failed} failed.`,
  ];
  for (const item of r.items)
    if (item.status === 'failed') lines.push(`  failed  ${item.source}: ${item.error ?? 'unknown error'}`);
  return lines.join('\n');
}
