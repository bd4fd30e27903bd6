import { once } from 'node:events';
import { ShardingManager, type Shard } from 'discord.js';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';

export interface RunShardsOptions {
  config: Config;
  log: Logger;
  /** The program each shard runs (this one: it starts as a shard when the manager spawns it). */
  file: string;
  /** Node options the shards need (e.g. a TypeScript loader in development). */
  execArgv: readonly string[];
  /** Milliseconds between shard starts (default Discord's 5.5 s between identifies). */
  spawnDelayMs?: number;
}

/** The running shard manager: `stop()` stops every shard gracefully. */
export interface ShardSet {
  shards: number;
  stop(): Promise<void>;
}

/**
 * `DISCORD_SHARDS=auto|N`: runs the bot as N shards, each its own process started from `file`
 * (discord.js ShardingManager; a shard that dies is started again). Each shard answers the
 * commands of its own servers and runs the digest scheduler and feed poller for them; the digest
 * ledger and feed leases in the shared database keep those exactly-once across shards. This
 * process only manages: it opens no database.
 */
export async function runShards(o: RunShardsOptions): Promise<ShardSet> {
  const token = o.config.discord.token;
  if (!token) throw new UserError('DISCORD_TOKEN is not set: the bot cannot log in.', 'bad_config');
  const total =
    o.config.discord.shards === 'auto'
      ? await recommendedShards(o.config.discord.apiUrl, token)
      : o.config.discord.shards!;
  const manager = new ShardingManager(o.file, {
    totalShards: total,
    token,
    execArgv: [...o.execArgv],
    mode: 'process',
    respawn: true,
  });
  manager.on('shardCreate', (shard: Shard) => {
    o.log.info({ shard: shard.id, of: total }, 'shard started');
    shard.on(
      'death',
      () => manager.respawn && o.log.warn({ shard: shard.id }, 'shard died; starting it again'),
    );
  });
  await manager.spawn({ amount: total, delay: o.spawnDelayMs ?? 5_500, timeout: 120_000 });
  return {
    shards: total,
    async stop() {
      manager.respawn = false;
      await Promise.all(
        [...manager.shards.values()].map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          await exited;
        }),
      );
    },
  };
}

/** Discord's recommended shard count for the bot (`GET /gateway/bot`), from DISCORD_API_URL. */
async function recommendedShards(apiUrl: string, token: string): Promise<number> {
  try {
    const res = await fetch(`${apiUrl}/v10/gateway/bot`, { headers: { Authorization: `Bot ${token}` } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const { shards } = (await res.json()) as { shards?: unknown };
    if (typeof shards !== 'number' || shards < 1) throw new Error('no shard count in the answer');
    return shards;
  } catch (err) {
    throw new UserError(
      `DISCORD_SHARDS=auto: could not ask Discord for the shard count (${err instanceof Error ? err.message : String(err)}).`,
      'bad_config',
    );
  }
}
