import { UserError } from '../../errors.js';
import type { IngestContext } from '../ingest.js';
import type { InputUnit } from './pending.js';

/** The input unit of a page or feed URL. */
export function urlUnits(url: string, _ctx: IngestContext): InputUnit {
  return { source: url, expand: () => Promise.reject(new UserError('fetching URLs is not available yet')) };
}
