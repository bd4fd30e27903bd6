import type { Keyv } from 'keyv';
import type { App } from '../app/app.js';
import { forgetDigestSettings } from '../digest/settings.js';

/**
 * The bot was removed from a server: delete that server's articles, digest records and settings,
 * feeds, the answers posted there and every other per-server setting. Per-server setting keys
 * follow the convention `<name>:<guildId>`; with an iterable Keyv backend all of them go,
 * otherwise at least the digest settings. Returns how many articles were removed.
 */
export async function forgetGuild(
  app: Pick<App, 'store' | 'ledger' | 'feeds' | 'postedAnswers' | 'log'>,
  settings: Keyv,
  guildId: string,
): Promise<number> {
  const removed = await app.store.removeScope(guildId);
  await forgetDigestSettings(settings, guildId);
  const keys = new Set<string>();
  if (settings.iterator) {
    for await (const [key] of settings.iterator(undefined)) {
      if (typeof key === 'string' && key.split(':').includes(guildId)) keys.add(key);
    }
  }
  for (const key of keys) await settings.delete(key);
  await app.ledger.forget(guildId);
  await app.feeds.removeScope(guildId);
  await app.postedAnswers.forget(guildId);
  app.log.info(
    { guildId, articles: removed, settings: keys.size + 1 },
    'left a server: its articles and settings were deleted',
  );
  return removed;
}
