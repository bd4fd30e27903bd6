import { createClient, type RedisClientType } from '@keyv/redis';
import { redactUrl } from '../config.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { scrub } from './postgres/errors.js';

/** A connected Redis client, as the official Keyv adapter's client library makes it. */
export type RedisClient = RedisClientType;

/**
 * Connects to Redis. A bad URL, an unreachable server or refused credentials is a UserError
 * naming the variable, password masked. Once connected, a lost connection is re-established in
 * the background (backoff up to 2 s) and commands fail at once meanwhile instead of queueing, so
 * callers fall back (a cache miss, a limit kept in memory) rather than wait.
 */
export async function connectRedis(
  url: string,
  o: { variable: string; log?: Logger | undefined },
): Promise<RedisClient> {
  let ready = false;
  let client: RedisClient;
  try {
    client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 5_000,
        // Before the first connection: fail (start-up reports it); after: keep trying.
        reconnectStrategy: (retries: number) => (ready ? Math.min(2 ** retries * 100, 2_000) : false),
      },
    });
  } catch (err) {
    throw new UserError(
      `${o.variable} is not a usable Redis URL (${redactUrl(url)}): ${reason(err, url)}`,
      'bad_config',
    );
  }
  let reported = false;
  client.on('error', (err: unknown) => {
    // One line per outage, not one per reconnection attempt.
    if (ready && !reported) o.log?.warn({ err: reason(err, url) }, 'redis connection lost; reconnecting');
    reported = true;
  });
  client.on('ready', () => {
    if (ready && reported) o.log?.info('redis connection re-established');
    reported = false;
  });
  try {
    await client.connect();
    ready = true;
  } catch (err) {
    if (client.isOpen) client.destroy();
    throw new UserError(
      `${o.variable}: cannot connect to ${redactUrl(url)}: ${reason(err, url)}`,
      'bad_config',
    );
  }
  return client;
}

function reason(err: unknown, url: string): string {
  const e = err as { code?: string; message?: string; errors?: unknown[] } | null;
  if (e && !e.code && Array.isArray(e.errors) && e.errors.length > 0) return reason(e.errors[0], url);
  if (e?.code === 'ECONNREFUSED') return 'connection refused (is the server running and listening there?)';
  if (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN') return 'unknown host';
  const message = e?.message ?? String(err);
  if (/WRONGPASS|NOAUTH|invalid username-password/i.test(message))
    return 'authentication failed (check the password)';
  if (/timeout/i.test(message)) return 'timed out';
  return scrub(message, url);
}
