import type Keyv from 'keyv';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { isTimeZone } from '../dates/zone.js';

/** The Keyv namespace per-server settings live in. */
export const SETTINGS_NAMESPACE = 'settings';
/** Key of one server's digest settings. */
export const digestKey = (guildId: string): string => `digest:${guildId}`;
/** Key of the list of servers that have digest settings (Keyv backends cannot always list keys). */
export const DIGEST_GUILDS_KEY = 'digest:guilds';

export const DEFAULT_DIGEST_STORIES = 5;
export const MAX_DIGEST_STORIES = 10;

/** One server's digest settings, as stored. */
export interface DigestSettings {
  /** The channel the digest is posted in. */
  channelId: string;
  /** Local time of day, `HH:MM` (24-hour). */
  time: string;
  /** IANA time zone the time and the digest's day are read in. */
  timezone: string;
  /** How many stories at most. */
  stories: number;
  /** Post a short "no new articles" note on an empty day (default: post nothing). */
  announceEmpty: boolean;
  enabled: boolean;
  /** ISO date-time and user id of the last change. */
  updatedAt: string;
  updatedBy: string | null;
}

const schema = z.object({
  channelId: z.string().regex(/^\d{5,25}$/),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  timezone: z.string().refine(isTimeZone),
  stories: z.number().int().min(1).max(MAX_DIGEST_STORIES),
  announceEmpty: z.boolean(),
  enabled: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

/** Reads `H:MM`, `HH:MM` or `HHMM` as `HH:MM`; a UserError otherwise. */
export function parseTimeOfDay(input: string): string {
  const m = /^\s*(\d{1,2}):?(\d{2})\s*$/.exec(input);
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 23 || min > 59)
    throw new UserError(
      `"${input.slice(0, 20)}" is not a time of day: use HH:MM, 24-hour (e.g. 08:00 or 17:30).`,
    );
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Checks an IANA zone name (case as typed is kept when valid); a UserError otherwise. */
export function parseTimeZone(input: string): string {
  const zone = input.trim();
  if (!zone || !isTimeZone(zone))
    throw new UserError(
      `"${zone.slice(0, 40)}" is not a time zone: use an IANA name such as Europe/Berlin, America/New_York or UTC.`,
    );
  // Intl canonicalises case ("europe/berlin" → "Europe/Berlin").
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/** A server's digest settings, or null when none (or unreadable ones) are stored. */
export async function getDigestSettings(settings: Keyv, guildId: string): Promise<DigestSettings | null> {
  const parsed = schema.safeParse(await settings.get(digestKey(guildId)));
  return parsed.success ? parsed.data : null;
}

/** Stores a server's digest settings and remembers the server in the digest list. */
export async function saveDigestSettings(
  settings: Keyv,
  guildId: string,
  value: DigestSettings,
): Promise<void> {
  schema.parse(value);
  await settings.set(digestKey(guildId), value);
  const guilds = await digestGuilds(settings);
  if (!guilds.includes(guildId)) await settings.set(DIGEST_GUILDS_KEY, [...guilds, guildId]);
}

/** Servers that have (or had) digest settings. */
export async function digestGuilds(settings: Keyv): Promise<string[]> {
  const value = (await settings.get(DIGEST_GUILDS_KEY)) as unknown;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Forgets a server's digest settings (the bot left it). */
export async function forgetDigestSettings(settings: Keyv, guildId: string): Promise<void> {
  await settings.delete(digestKey(guildId));
  const guilds = await digestGuilds(settings);
  if (guilds.includes(guildId))
    await settings.set(
      DIGEST_GUILDS_KEY,
      guilds.filter((g) => g !== guildId),
    );
}

/**
 * A server's IANA time zone, which users' dates are read in: its digest setting's `timezone`,
 * `UTC` until one is set (or outside a server).
 */
export async function serverTimeZone(settings: Keyv, guildId: string | null): Promise<string> {
  if (!guildId) return 'UTC';
  const parsed = schema.pick({ timezone: true }).safeParse(await settings.get(digestKey(guildId)));
  return parsed.success ? parsed.data.timezone : 'UTC';
}
