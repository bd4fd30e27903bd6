import type { Keyv } from 'keyv';

/** The Keyv `settings` key holding a server's digest settings, whose `timezone` dates are read in. */
export const digestSettingsKey = (guildId: string): string => `digest:${guildId}`;

/**
 * A server's IANA time zone: its digest setting's `timezone`, `UTC` until one is set (or when the
 * stored one is not a zone this runtime knows).
 */
export async function serverTimeZone(settings: Keyv, guildId: string | null): Promise<string> {
  if (!guildId) return 'UTC';
  const value = (await settings.get(digestSettingsKey(guildId))) as { timezone?: unknown } | undefined;
  const zone = typeof value?.timezone === 'string' ? value.timezone : undefined;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
