import { config as loadDotenv } from 'dotenv';
import { loadConfig, ConfigError, type Config } from './config.js';
import { createLogger } from './log.js';
import { systemClock } from './clock.js';
import { openApp, type App } from './app/app.js';
import { isUserError } from './errors.js';
import { runCli } from './cli/run.js';

/**
 * `npm start`: the product on its embedded default (one SQLite file, offline engine unless an
 * Anthropic key is set). With DISCORD_TOKEN set it runs the bot; otherwise it opens the console,
 * which loads the bundled sample newsroom on first start.
 */
loadDotenv({ quiet: true });

let config: Config;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(err.message + '\n');
  process.exit(1);
}

if (
  config.discord.token &&
  config.discord.shards !== undefined &&
  process.env.SHARDING_MANAGER === undefined
) {
  await runShardManager(config);
} else if (config.discord.token) {
  await runBot(config);
} else {
  process.exitCode = await runCli({
    argv: ['console', ...process.argv.slice(2)],
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  });
}

async function runBot(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  let app: App;
  try {
    app = await openApp({ config, log, clock: systemClock });
  } catch (err) {
    // A database that cannot be used (damaged, full, locked, an unreachable DATABASE_URL): one line.
    if (!isUserError(err)) throw err;
    process.stderr.write(`newsroom: ${err.message}\n`);
    process.exitCode = 1;
    return;
  }
  const { startBot } = await import('./discord/start.js');
  try {
    await startBot(app, {
      onStopped: async () => {
        await app.close();
        // A shard's channel to its manager would keep the process alive after a graceful stop.
        if (process.connected) process.disconnect();
      },
    });
  } catch (err) {
    // Something the operator must fix (a missing token, an unreachable KEYV_URL): its one line.
    if (isUserError(err)) process.stderr.write(err.message + '\n');
    else log.fatal({ err: err instanceof Error ? err.message : String(err) }, 'the bot could not start');
    await app.close();
    process.exitCode = 1;
  }
}

/** DISCORD_SHARDS set: this process starts the shards (each runs this program as the bot) and stops them on a signal. */
async function runShardManager(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  const { runShards } = await import('./discord/shards.js');
  try {
    const shards = await runShards({
      config,
      log,
      file: process.argv[1]!,
      execArgv: process.execArgv,
    });
    const stop = (signal: NodeJS.Signals) => {
      log.info({ signal }, 'stopping the shards');
      void shards.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (err) {
    if (!isUserError(err)) throw err;
    process.stderr.write(err.message + '\n');
    process.exit(1);
  }
}
