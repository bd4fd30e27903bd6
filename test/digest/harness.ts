import { FIXTURE_ARTICLES } from '../../eval/stories/fixtures.js';
import { openApp } from '../../src/app/app.js';
import type { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { DigestLedger } from '../../src/digest/ledger.js';
import type { DigestPost } from '../../src/digest/poster.js';
import { DigestScheduler } from '../../src/digest/scheduler.js';
import { saveDigestSettings, type DigestSettings } from '../../src/digest/settings.js';
import {
  carriesDigestMarker,
  renderDigestPost,
  type DigestMessage,
} from '../../src/discord/digest/render.js';
import { createLogger } from '../../src/log.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { saveFixture } from '../stories/helpers.js';

export const GUILD = '123456789012345678';
export const CHANNEL = '223456789012345678';

/**
 * A channel the digests land in, as the Discord poster would render them. `failPosts` queues
 * errors thrown by the next posts (a REST 500, say); `failReads` the same for `findPosted`.
 */
export interface FakePoster {
  posts: Array<{ channelId: string; post: DigestPost; message: DigestMessage; id: string }>;
  failPosts: Error[];
  failReads: Error[];
  post(channelId: string, post: DigestPost): Promise<string[]>;
  findPosted(channelId: string, marker: string): Promise<string[]>;
}

export function fakePoster(): FakePoster {
  const posts: FakePoster['posts'] = [];
  const failPosts: Error[] = [];
  const failReads: Error[] = [];
  return {
    posts,
    failPosts,
    failReads,
    async post(channelId, post) {
      const failure = failPosts.shift();
      if (failure) throw failure;
      const id = `msg-${posts.length + 1}`;
      posts.push({ channelId, post, message: renderDigestPost(post), id });
      return [id];
    },
    async findPosted(channelId, marker) {
      const failure = failReads.shift();
      if (failure) throw failure;
      return posts
        .filter((p) => p.channelId === channelId && carriesDigestMarker(p.message, marker))
        .map((p) => p.id);
    },
  };
}

/** Saves fixture articles re-dated to `date` (ids kept), e.g. a news day before a DST change. */
export async function saveDay(store: ArticleStore, date: string, ids: string[]): Promise<void> {
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
  /** Wraps the process's ledger (faults in the record step). */
  ledgerOf: (ledger: DigestLedger) => DigestLedger = (l) => l,
) {
  const app = await openApp({
    config: loadConfig({ NEWSROOM_DB: path, DIGEST_CATCHUP_HOURS: String(catchUpHours) }),
    log: createLogger('silent'),
    clock,
  });
  const settings = await app.keyv('settings');
  const scheduler = new DigestScheduler({
    ...app,
    settings,
    engine: await app.digestEngine(),
    ledger: ledgerOf(app.ledger),
    poster,
  });
  return { store: app.store, settings, ledger: app.ledger, scheduler, close: () => app.close() };
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
