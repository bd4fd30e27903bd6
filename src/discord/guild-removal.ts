import type { Keyv } from 'keyv';
import type { Logger } from '../log.js';
import type { ArticleStore } from '../store/article-store.js';
import { digestSettingsKey } from './time-zone.js';

/** Something else to forget about a server when the bot leaves it (feeds, digest claims…). */
export type GuildCleanup = (guildId: string) => Promise<void>;

/**
 * The bot was removed from a server: delete that server's articles and every per-server setting.
 * Per-server setting keys follow the convention `<name>:<guildId>`; with an iterable Keyv backend
 * all of them go, otherwise at least the digest settings. Returns how many articles were removed.
 */
export async function forgetGuild(opts: {
  guildId: string;
  store: ArticleStore;
  settings: Keyv;
  log: Logger;
  cleanups?: readonly GuildCleanup[];
}): Promise<number> {
  const { guildId, settings } = opts;
  const removed = await opts.store.removeScope(guildId);
  const keys = new Set([digestSettingsKey(guildId)]);
  if (settings.iterator) {
    for await (const [key] of settings.iterator(undefined)) {
      if (typeof key === 'string' && key.split(':').includes(guildId)) keys.add(key);
    }
  }
  for (const key of keys) await settings.delete(key);
  for (const cleanup of opts.cleanups ?? []) await cleanup(guildId);
  opts.log.info(
    { guildId, articles: removed, settings: keys.size },
    'left a server: its articles and settings were deleted',
  );
  return removed;
}
