import type { Keyv } from 'keyv';
import type { AnswerEngine } from '../../src/answers/answer.js';
import type { fixedClock } from '../../src/clock.js';
import type { Config } from '../../src/config.js';
import { createBot, type Bot } from '../../src/discord/bot.js';
import { loadCommands } from '../../src/discord/loader.js';
import type { Logger } from '../../src/log.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { openTestApp } from '../helpers/open-test-app.js';
import {
  startFakeDiscord,
  type FakeDiscord,
  type FakeGuild,
  type FakeMessage,
  type InteractionRecord,
} from '../helpers/fake-discord/index.js';
import { draftOf, GLOBAL_FIXTURES, PRIVATE_FIXTURE } from './fixtures.js';

/** A running bot logged in to a fake Discord, over a real SQLite store in a temp dir. */
export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  store: ArticleStore;
  /** The SQLite file behind `store`. */
  dbPath: string;
  settings: Keyv;
  config: Config;
  clock: ReturnType<typeof fixedClock>;
  /** Has the private fixture in its scope. */
  guildA: FakeGuild;
  guildB: FakeGuild;
  /** Resolves with the first callback (defer or reply). */
  callback(record: InteractionRecord): Promise<NonNullable<InteractionRecord['callback']>>;
  /** Resolves with the original message once it carries embeds (the final answer). */
  answer(record: InteractionRecord): Promise<FakeMessage>;
  /** Whichever comes first: the final answer or an ephemeral reply. */
  outcome(record: InteractionRecord): Promise<{ answer: FakeMessage } | { ephemeral: string }>;
  /** Resolves with the text of the first ephemeral message the interaction got. */
  ephemeral(record: InteractionRecord): Promise<string>;
  dispose(): Promise<void>;
}

export interface HarnessOptions {
  engine?: (store: ArticleStore, log: Logger) => AnswerEngine;
  limits?: { userPerMinute: number; guildPerMinute: number };
  env?: Record<string, string>;
  /** A logger of the test's own (default: silent, or TEST_LOG_LEVEL). */
  log?: Logger;
}

export const NOW = '2026-11-22T12:00:00.000Z';

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const commands = await loadCommands();
  const fake = await startFakeDiscord({
    commands: [...commands.values()].map((c) => c.data.toJSON()),
    guilds: ['Newsroom A', 'Newsroom B'],
  });
  const app = await openTestApp({
    env: {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      NEWSROOM_FETCH_ALLOW_PRIVATE: 'true',
      ...options.env,
    },
    now: NOW,
    logLevel: process.env.TEST_LOG_LEVEL,
    ...(options.log ? { log: options.log } : {}),
  });
  const { store, config, clock, log } = app;
  const guildA = fake.guild('Newsroom A');
  const guildB = fake.guild('Newsroom B');
  for (const f of GLOBAL_FIXTURES) await store.save(draftOf(f), { scope: 'global', now: NOW });
  await store.save(draftOf(PRIVATE_FIXTURE), { scope: guildA.id, now: NOW });
  const settings = await app.keyv('settings');
  const bot = await createBot({
    app,
    ...(options.engine ? { engine: options.engine(store, log) } : {}),
    commands,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  await bot.login(fake.token);
  const { state } = fake;
  return {
    fake,
    bot,
    store,
    dbPath: app.path,
    settings,
    config,
    clock,
    guildA,
    guildB,
    callback: (r) => state.waitFor(() => r.callback, 10_000, `a callback to ${r.id}`),
    answer: (r) =>
      state.waitFor(
        () => (r.original?.embeds.length ? r.original : undefined),
        20_000,
        `an answer to ${r.id}`,
      ),
    outcome: (r) =>
      state.waitFor(
        () => {
          if (r.original?.embeds.length) return { answer: r.original };
          const e = ephemeralOf(r);
          return e === undefined ? undefined : { ephemeral: e };
        },
        20_000,
        `an outcome of ${r.id}`,
      ),
    ephemeral: (r) => state.waitFor(() => ephemeralOf(r), 10_000, `an ephemeral reply to ${r.id}`),
    async dispose() {
      await bot.stop({ graceMs: 500 });
      await fake.close();
      await app.cleanup();
    },
  };
}

/** Every message-bearing payload the bot sent, across all interactions. */
export function messagePayloads(fake: FakeDiscord): unknown[] {
  return [...fake.state.interactions.values()].flatMap((r) => r.payloads.map((p) => p.body));
}

function ephemeralOf(r: InteractionRecord): string | undefined {
  if (r.callback?.type === 4 && (r.callback.data?.flags ?? 0) & 64)
    return String(r.callback.data.content ?? '');
  const followup = r.followups.find((f) => f.flags & 64);
  if (followup) return followup.content;
  if (r.callback?.type === 5 && (r.callback.data?.flags ?? 0) & 64 && r.original?.content)
    return r.original.content;
  return undefined;
}
