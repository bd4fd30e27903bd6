import { parseUserDate } from '../dates/user-date.js';
import { UserError } from '../errors.js';
import type { BotContext } from './bot-context.js';

/**
 * Reads the `since`/`until` options (`YYYY-MM-DD` or phrases like "last week") in the server's
 * time zone. An unreadable date or an empty range is a UserError (a clear ephemeral message).
 */
export async function readDateRange(
  ctx: BotContext,
  guildId: string | null,
  input: { since?: string | undefined; until?: string | undefined },
): Promise<{ since?: string; until?: string }> {
  if (!input.since && !input.until) return {};
  const timeZone = await ctx.timeZone(guildId);
  const now = ctx.clock.now();
  const since = input.since
    ? parseUserDate(input.since, { now, timeZone, bound: 'start', label: 'since' })
    : undefined;
  const until = input.until
    ? parseUserDate(input.until, { now, timeZone, bound: 'end', label: 'until' })
    : undefined;
  if (since && until && since > until)
    throw new UserError(`since (${since}) is after until (${until}): nothing can match.`);
  return { ...(since ? { since } : {}), ...(until ? { until } : {}) };
}
