import type { Keyv } from 'keyv';
import type { App } from '../app/app.js';
import { digestGuilds } from '../digest/settings.js';
import { forgetGuild } from './guild-removal.js';

// Per-server setting keys are `<name>:<guildId>`; this one holds when start-up first found the
// server missing. It follows the convention, so `forgetGuild` deletes it with the rest.
const missingKey = (guildId: string) => `missing-since:${guildId}`;
// Only keys of exactly that shape name a server; longer keys may carry other ids (a user's).
const SERVER_KEY = /^[a-z][a-z-]*:(\d{5,25})$/;

export interface ReconcileOutcome {
  /** Servers with data the bot is no longer in, kept for now (within the grace period). */
  kept: string[];
  /** Servers whose data was deleted. */
  purged: string[];
}

/**
 * Start-up check for servers that removed the bot while it was offline (no GUILD_DELETE reached
 * it): a server that has articles or settings but is not among `present` (the client's guilds once
 * the gateway is ready, unavailable ones included) is noted as missing, and purged once it has
 * been missing for the configured grace period. A server that is present again is un-noted.
 */
export async function reconcileGuilds(
  app: Pick<App, 'store' | 'ledger' | 'feeds' | 'postedAnswers' | 'log' | 'clock' | 'config'>,
  settings: Keyv,
  present: ReadonlySet<string>,
): Promise<ReconcileOutcome> {
  const now = app.clock.now();
  const graceMs = app.config.discord.removedServerGraceDays * 86_400_000;
  const out: ReconcileOutcome = { kept: [], purged: [] };
  for (const guildId of await guildsWithData(app, settings)) {
    if (present.has(guildId)) {
      await settings.delete(missingKey(guildId));
      continue;
    }
    const noted = (await settings.get<string>(missingKey(guildId))) ?? null;
    const since = noted ?? now.toISOString();
    if (noted === null) await settings.set(missingKey(guildId), since);
    const missingMs = now.getTime() - Date.parse(since);
    if (missingMs < graceMs) {
      app.log.warn(
        { guildId, missingSince: since, purgeAfterDays: app.config.discord.removedServerGraceDays },
        'a server with data is no longer among the bot’s servers: kept for the grace period',
      );
      out.kept.push(guildId);
      continue;
    }
    const articles = await forgetGuild(app, settings, guildId);
    app.log.warn(
      { guildId, missingSince: since, articles },
      'purged a server the bot was removed from while offline',
    );
    out.purged.push(guildId);
  }
  return out;
}

/** A server that re-joined while the bot runs is no longer missing. */
export async function clearMissing(settings: Keyv, guildId: string): Promise<void> {
  await settings.delete(missingKey(guildId));
}

/**
 * Servers with anything stored: articles of their own, feeds, digest records, digest settings
 * (listed even where the Keyv backend cannot be iterated) or other per-server settings.
 */
async function guildsWithData(
  app: Pick<App, 'store' | 'feeds' | 'ledger'>,
  settings: Keyv,
): Promise<string[]> {
  const ids = new Set([
    ...(await app.store.guildScopes()),
    ...(await app.feeds.guildScopes()),
    ...(await app.ledger.guilds()),
    ...(await digestGuilds(settings)),
  ]);
  if (settings.iterator) {
    for await (const [key] of settings.iterator(undefined)) {
      const m = typeof key === 'string' ? SERVER_KEY.exec(key) : null;
      if (m) ids.add(m[1]!);
    }
  }
  return [...ids].sort();
}
