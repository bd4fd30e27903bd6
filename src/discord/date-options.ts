import { parseUserDateRange } from '../dates/user-date.js';
import type { BotContext } from './bot-context.js';

/**
 * Reads the `since`/`until` options (`YYYY-MM-DD` or phrases like "last week") in the server's
 * time zone. An unreadable date or an empty range is a UserError (a clear ephemeral message).
 */
export async function readDateRange(
  ctx: Pick<BotContext, 'clock' | 'timeZone'>,
  guildId: string | null,
  input: { since?: string | undefined; until?: string | undefined },
): Promise<{ since?: string; until?: string }> {
  if (!input.since && !input.until) return {};
  return parseUserDateRange(input, { now: ctx.clock.now(), timeZone: await ctx.timeZone(guildId) });
}
