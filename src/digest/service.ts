import type { AnswerEngine } from '../answers/answer.js';
import { UserError } from '../errors.js';
import { buildDigest, type DigestBuildContext } from './build.js';
import type { Digest } from './digest.js';
import { DEFAULT_DIGEST_STORIES, MAX_DIGEST_STORIES } from './settings.js';
import { isTimeZone, localDate } from '../dates/zone.js';

export interface DigestOptions {
  /** `YYYY-MM-DD`; default: today in the zone. */
  date?: string | undefined;
  /** IANA zone; default UTC. */
  timeZone?: string | undefined;
  guild?: string | undefined;
  stories?: number | undefined;
}

/** Builds one digest on demand (command line, `/digest preview`), checking the options. */
export async function digestOnDemand(
  ctx: Omit<DigestBuildContext, 'engine'>,
  engine: AnswerEngine,
  o: DigestOptions,
): Promise<Digest> {
  const timeZone = o.timeZone?.trim() || 'UTC';
  if (!isTimeZone(timeZone))
    throw new UserError(
      `"${timeZone.slice(0, 40)}" is not a time zone: use an IANA name such as Europe/Berlin or UTC.`,
    );
  const date = o.date?.trim() || localDate(ctx.clock.now(), timeZone);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new UserError(`The date must be YYYY-MM-DD (got "${date.slice(0, 20)}").`);
  const stories = o.stories ?? DEFAULT_DIGEST_STORIES;
  if (!Number.isInteger(stories) || stories < 1 || stories > MAX_DIGEST_STORIES)
    throw new UserError(`The number of stories must be 1 to ${MAX_DIGEST_STORIES}.`);
  return buildDigest({ ...ctx, engine }, { date, timeZone, guild: o.guild, stories });
}
