import type { AnswerEngine } from '../answers/answer.js';
import { createEngine } from '../answers/engines.js';
import type { AppContext } from '../context.js';
import { UserError } from '../errors.js';
import type { StoryLookup } from '../retrieval/index.js';
import { createBot, type Bot } from './bot.js';
import type { GuildCleanup } from './guild-removal.js';
import type { Choice } from './bot-context.js';

export interface StartBotOptions {
  /** Default: `createEngine` (Claude when ANTHROPIC_API_KEY is set, else the offline engine). */
  engine?: AnswerEngine;
  /** Story grouping for the engine's `story` requests, once available. */
  stories?: StoryLookup;
  /** Autocomplete for `story` options. */
  storyChoices?: (guild: string | undefined, typed: string) => Promise<Choice[]>;
  /** Extra clean-ups when the bot leaves a server (feeds, digest records…). */
  guildCleanups?: GuildCleanup[];
  /** Called once the bot is ready: start schedulers that need the client here. */
  onReady?: (bot: Bot) => void | Promise<void>;
  /** Stop gracefully on SIGINT/SIGTERM (default true); a second signal exits at once. */
  handleSignals?: boolean;
  /** How long in-flight answers may run on shutdown (default 20 s). */
  graceMs?: number;
  /** Called after a signal-driven stop, e.g. to close the store. */
  onStopped?: () => void | Promise<void>;
}

/**
 * Runs the Discord bot (`npm start` with DISCORD_TOKEN set): builds the engine and the bot over
 * the app context, logs in, and stops gracefully on SIGINT/SIGTERM.
 */
export async function startBot(ctx: AppContext, options: StartBotOptions = {}): Promise<Bot> {
  const token = ctx.config.discord.token;
  if (!token) throw new UserError('DISCORD_TOKEN is not set: the bot cannot log in.', 'bad_config');
  const engine =
    options.engine ??
    createEngine({
      config: ctx.config,
      store: ctx.store,
      log: ctx.log,
      keyv: await ctx.keyv('answers'),
      ...(options.stories ? { stories: options.stories } : {}),
    });
  const bot = await createBot({
    app: ctx,
    engine,
    guildCleanups: options.guildCleanups ?? [],
    ...(options.storyChoices ? { storyChoices: options.storyChoices } : {}),
  });
  if (options.handleSignals !== false) installSignalHandlers(bot, ctx, options);
  await bot.login(token);
  await options.onReady?.(bot);
  return bot;
}

function installSignalHandlers(bot: Bot, ctx: AppContext, options: StartBotOptions): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      ctx.log.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    stopping = true;
    ctx.log.info({ signal, inFlight: 'finishing' }, 'shutting down');
    void bot
      .stop({ graceMs: options.graceMs ?? 20_000 })
      .then(() => options.onStopped?.())
      .catch((err: unknown) => ctx.log.error({ err }, 'shutdown failed'))
      .finally(() => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
