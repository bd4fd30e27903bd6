import { Events, type Client } from 'discord.js';
import type { Keyv } from 'keyv';
import type { AnswerEngine } from '../answers/answer.js';
import { createLimiter } from '../answers/limit.js';
import type { App } from '../app/app.js';
import { serverTimeZone } from '../digest/settings.js';
import { createAnswerSessions, type AnswerSessions } from './answer-sessions.js';
import type { BotContext } from './bot-context.js';
import { createDiscordClient } from './client.js';
import type { Command } from './command.js';
import { createAckGate } from './ack-gate.js';
import { clearMissing, reconcileGuilds } from './guild-reconcile.js';
import { forgetGuild } from './guild-removal.js';
import { loadCommands } from './loader.js';
import { createLookups } from './lookups.js';
import { createCommandLimits } from './rate-limit.js';
import { createRedisWindows } from '../store/redis-windows.js';
import { createRouter } from './router.js';
import { createRuntime } from './runtime.js';

/** Everything the bot is built from; tests pass local doubles. */
export interface BotOptions {
  app: App;
  /** Default: the app's configured engine. */
  engine?: AnswerEngine;
  /** Keyv namespace `settings` (default: `app.keyv('settings')`). */
  settings?: Keyv;
  /** Default: every file in `commands/`. */
  commands?: Map<string, Command>;
  /** Per-user / per-server commands per minute (default: config). */
  limits?: { userPerMinute: number; guildPerMinute: number };
  sessions?: AnswerSessions;
  /** Answers computed at once (default: twice ANTHROPIC_MAX_CONCURRENCY, so the engine's own queue stays full). */
  answerSlots?: number;
}

/** A built bot: its client and context, ready to log in. */
export interface Bot {
  client: Client;
  ctx: BotContext;
  commands: Map<string, Command>;
  /** Logs in and resolves once the client is ready (every guild received). */
  login(token: string): Promise<void>;
  /**
   * Graceful stop: new commands are told the bot is restarting; in-flight answers get `graceMs`
   * to finish, then are aborted (their users told so); then the gateway connection closes.
   */
  stop(options?: { graceMs?: number }): Promise<{ finished: number; aborted: number }>;
}

export async function createBot(options: BotOptions): Promise<Bot> {
  const { app } = options;
  const log = app.log.child({ module: 'discord' });
  const commands = options.commands ?? (await loadCommands());
  const runtime = createRuntime();
  const acks = createAckGate();
  const settings = options.settings ?? (await app.keyv('settings'));
  const slots = options.answerSlots ?? app.config.anthropic.maxConcurrency * 2;
  const ctx: BotContext = {
    ...app,
    log,
    engine: options.engine ?? (await app.answerEngine()),
    settings,
    timeZone: (guildId) => serverTimeZone(settings, guildId),
    lookups: createLookups({ store: app.store, stories: app.stories, log }),
    sessions: options.sessions ?? createAnswerSessions({ clock: app.clock }),
    shutdownSignal: runtime.signal,
    yieldToInteractions: () => acks.idle(),
    answerSlots: createLimiter(slots),
    answerSlotCount: slots,
  };
  // With Redis (KEYV_URL=redis://…) the limits are shared by every bot process; else per process.
  const { redis } = await app.keyvBackend();
  const limits = createCommandLimits({
    ...(options.limits ?? {
      userPerMinute: app.config.discord.rateLimitUserPerMinute,
      guildPerMinute: app.config.discord.rateLimitGuildPerMinute,
    }),
    shared: redis ? createRedisWindows(redis) : undefined,
    log,
  });
  const client = createDiscordClient({ apiUrl: app.config.discord.apiUrl });
  const route = createRouter({ commands, ctx, limits, runtime, acks });
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.GuildDelete, (guild) => {
    void runtime.track(
      forgetGuild({ ...app, log }, settings, guild.id).catch((err: unknown) =>
        log.error({ err, guildId: guild.id }, 'could not delete a removed server’s data'),
      ),
    );
  });
  client.on(Events.GuildCreate, (guild) => {
    void clearMissing(settings, guild.id).catch((err: unknown) =>
      log.error({ err, guildId: guild.id }, 'could not note a server as present'),
    );
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.warn({ code: event.code, shard }, 'gateway disconnected'),
  );

  return {
    client,
    ctx,
    commands,
    async login(token) {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
      log.info(
        { user: client.user?.tag, guilds: client.guilds.cache.size, commands: [...commands.keys()] },
        'bot ready',
      );
      // The guild list is complete once ready: servers that removed the bot while it was offline.
      await reconcileGuilds({ ...app, log }, settings, new Set(client.guilds.cache.keys())).catch(
        (err: unknown) => log.error({ err }, 'could not check for servers removed while offline'),
      );
    },
    async stop(stopOptions = {}) {
      const outcome = await runtime.drain(stopOptions.graceMs ?? 20_000);
      await client.destroy();
      log.info(outcome, 'bot stopped');
      return outcome;
    },
  };
}
