import { existsSync } from 'node:fs';
import type { CliSession } from '../session.js';
import { examplesDir } from '../../paths.js';
import { GLOBAL_SCOPE } from '../../articles/article.js';

/**
 * On first start with an empty store, the console (never the bot) ingests the bundled sample
 * articles, tagged as examples (`newsroom remove --examples` takes them out), so a new user sees
 * results at once. Returns how many were added.
 */
export async function seedExamplesIfEmpty(session: CliSession, dir = examplesDir()): Promise<number> {
  const ctx = await session.context();
  if ((await ctx.store.stats()).articles > 0 || !existsSync(dir)) return 0;
  const { ingest } = await import('../../articles/ingest.js');
  const report = await ingest(ctx, [dir], { scope: GLOBAL_SCOPE, isExample: true });
  ctx.log.info({ added: report.added, failed: report.failed }, 'ingested the bundled example articles');
  return report.added;
}
