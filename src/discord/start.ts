import type { App } from '../app/app.js';
import { UserError } from '../errors.js';
import { startBackgroundJobs, type BackgroundJobs } from './background-jobs.js';
import { createBot, type Bot } from './bot.js';

export interface StartBotOptions {
  /** Run the digest scheduler and the feed poller once ready (default true). */
  backgroundJobs?: boolean;
  /** Called once the bot is ready. */
  onReady?: (bot: Bot) => void | Promise<void>;
  /** Stop gracefully on SIGINT/SIGTERM (default true); a second signal exits at once. */
  handleSignals?: boolean;
  /** How long in-flight answers may run on shutdown (default 20 s). */
  graceMs?: number;
  /** Called after a signal-driven stop (background jobs already stopped), e.g. to close the store. */
  onStopped?: () => void | Promise<void>;
}

/**
 * Runs the Discord bot (`npm start` with DISCORD_TOKEN set): builds the bot over the app, logs in, and stops gracefully on SIGINT/SIGTERM.
 */
export async function startBot(app: App, options: StartBotOptions = {}): Promise<Bot> {
  const token = app.config.discord.token;
  if (!token) throw new UserError('DISCORD_TOKEN is not set: the bot cannot log in.', 'bad_config');
  const bot = await createBot({ app });
  let jobs: BackgroundJobs | undefined;
  const stopped = async () => {
    jobs?.stop();
    await options.onStopped?.();
  };
  if (options.handleSignals !== false) installSignalHandlers(bot, app, options.graceMs, stopped);
  await bot.login(token);
  // Digests and feed polling need the logged-in client; they stop before the store closes.
  if (options.backgroundJobs !== false)
    jobs = await startBackgroundJobs(app, { client: bot.client, settings: bot.ctx.settings });
  await options.onReady?.(bot);
  return bot;
}

function installSignalHandlers(
  bot: Bot,
  app: App,
  graceMs: number | undefined,
  onStopped: () => Promise<void>,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    stopping = true;
    app.log.info({ signal, inFlight: 'finishing' }, 'shutting down');
    void bot
      .stop({ graceMs: graceMs ?? 20_000 })
      .then(onStopped)
      .catch((err: unknown) => app.log.error({ err }, 'shutdown failed'))
      .finally(() => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
