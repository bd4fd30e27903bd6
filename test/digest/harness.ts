import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { createExtractiveEngine } from '../../src/answers/extractive/index.js';
import { fixedClock } from '../../src/clock.js';
import { createLogger } from '../../src/log.js';
import { digestLedgerFor } from '../../src/digest/open.js';
import type { DigestMessage } from '../../src/digest/discord/render.js';
import { DigestScheduler } from '../../src/digest/scheduler.js';
import { saveDigestSettings, type DigestSettings } from '../../src/digest/settings.js';
import { createKeyv } from '../../src/store/keyv-factory.js';
import { openSqliteStore, type SqliteArticleStore } from '../../src/store/sqlite/index.js';
import { saveFixture } from '../stories/helpers.js';

export const GUILD = '123456789012345678';
export const CHANNEL = '223456789012345678';

/** Every message "posted", in order. */
export interface FakePoster {
  posts: Array<{ channelId: string; message: DigestMessage }>;
  post(channelId: string, message: DigestMessage): Promise<string[]>;
}

export function fakePoster(): FakePoster {
  const posts: FakePoster['posts'] = [];
  return {
    posts,
    async post(channelId, message) {
      posts.push({ channelId, message });
      return [`msg-${posts.length}`];
    },
  };
}

/** Saves fixture articles re-dated to `date` (ids kept), e.g. a news day before a DST change. */
export async function saveDay(store: SqliteArticleStore, date: string, ids: string[]): Promise<void> {
  for (const id of ids) {
    const f = FIXTURE_ARTICLES.find((a) => a.id === id)!;
    await saveFixture(store, { ...f, date });
  }
}

/** One "process": its own connection to the database file, settings, ledger and scheduler. */
export async function openProcess(
  path: string,
  clock: ReturnType<typeof fixedClock>,
  poster: FakePoster,
  catchUpHours = 6,
) {
  const store = await openSqliteStore({ path, clock });
  const settings = await createKeyv({ db: store.db, namespace: 'settings' });
  const log = createLogger('silent');
  const ledger = digestLedgerFor(store);
  const scheduler = new DigestScheduler({
    store,
    clock,
    log,
    config: { digest: { catchUpHours } },
    settings,
    ledger,
    engine: createExtractiveEngine({ store, log }),
    poster,
  });
  return { store, settings, ledger, scheduler, close: () => store.close() };
}

export function settingsOf(over: Partial<DigestSettings> = {}): DigestSettings {
  return {
    channelId: CHANNEL,
    time: '08:00',
    timezone: 'Europe/Berlin',
    stories: 5,
    announceEmpty: false,
    enabled: true,
    updatedAt: '2026-03-28T12:00:00Z',
    updatedBy: null,
    ...over,
  };
}

export { saveDigestSettings };
