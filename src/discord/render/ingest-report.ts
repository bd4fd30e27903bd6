import type { IngestReport } from '../../articles/ingest-types.js';
import { UserError } from '../../errors.js';
import { safeText, truncate } from './escape.js';

/** Accepts only an absolute http(s) URL (never a file path); returns it normalised. */
export function webAddress(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError('That is not a web address: give a full https:// URL.');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !/^https?:\/\//i.test(text)) {
    throw new UserError('Only http and https addresses can be added.');
  }
  return url.href;
}

/** "Added 3 articles · 1 unchanged · 1 failed" and the first failures, within one message. */
export function ingestReportText(report: IngestReport): string {
  const counts = [
    `Added ${report.added} ${report.added === 1 ? 'article' : 'articles'} for this server`,
    ...(report.updated ? [`${report.updated} updated`] : []),
    ...(report.unchanged ? [`${report.unchanged} already stored`] : []),
    ...(report.duplicate ? [`${report.duplicate} copies of stored articles`] : []),
    ...(report.failed ? [`${report.failed} failed`] : []),
  ].join(' · ');
  const failures = report.items
    .filter((i) => i.status === 'failed')
    .slice(0, 5)
    .map(
      (i) => `• ${safeText(truncate(i.source, 120))}: ${safeText(truncate(i.error ?? 'unreadable', 200))}`,
    );
  return [counts, ...failures].join('\n').slice(0, 2000);
}
