import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openKeyvBackend, type KeyvBackend } from '../../src/store/keyv-factory.js';
import { createLogger } from '../../src/log.js';
import { createCommandLimits } from '../../src/discord/rate-limit.js';
import { createRedisWindows } from '../../src/store/redis-windows.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

const REDIS_URL = process.env.NEWSROOM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisTarget = new URL(REDIS_URL);

async function redisReachable(): Promise<boolean> {
  try {
    await (await openKeyvBackend({ keyvUrl: REDIS_URL })).close();
    return true;
  } catch {
    return false;
  }
}
const redisAvailable = await redisReachable();

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close();
});

async function backend(url: string): Promise<KeyvBackend> {
  const b = await openKeyvBackend({ keyvUrl: url, log: createLogger('silent') });
  opened.push(b);
  return b;
}

describe.skipIf(!redisAvailable)('Keyv on Redis (KEYV_URL=redis://…)', () => {
  it('shares state between processes, apart per namespace, with expiry', async () => {
    const key = `test:${randomBytes(6).toString('hex')}`;
    const [a, b] = [await backend(REDIS_URL), await backend(REDIS_URL)];
    expect(a.kind).toBe('redis');
    await a.namespace('settings').set(key, { channel: '7' });
    await a.namespace('answers').set(key, 'cached', 60_000);
    expect(await b.namespace('settings').get(key)).toEqual({ channel: '7' });
    expect(await b.namespace('answers').get(key)).toBe('cached');
    await b.namespace('settings').delete(key);
    expect(await a.namespace('settings').get(key)).toBeUndefined();
    expect(await a.namespace('answers').get(key)).toBe('cached');
    await a.namespace('answers').delete(key);
  });

  it('answers a miss at once while Redis is away, and works again when it is back', async () => {
    const proxy: TcpProxy = await startTcpProxy({
      host: redisTarget.hostname,
      port: Number(redisTarget.port || 6379),
    });
    opened.push(proxy);
    const b = await backend(`redis://127.0.0.1:${proxy.port}`);
    const kv = b.namespace<string>('answers');
    const key = `test:${randomBytes(6).toString('hex')}`;
    await kv.set(key, 'before');
    await proxy.cut();
    const started = Date.now();
    expect(await kv.get(key)).toBeUndefined();
    await expect(kv.set(key, 'during')).resolves.toBeDefined();
    expect(Date.now() - started).toBeLessThan(5_000);
    await proxy.restore();
    await expect.poll(() => kv.get(key), { timeout: 15_000, interval: 200 }).toBe('before');
    await kv.delete(key);
  });
});

describe.skipIf(!redisAvailable)('rate limits shared through Redis', () => {
  it('holds a user and a server to their limits across processes, counting a refused command nowhere', async () => {
    const [a, b] = [await backend(REDIS_URL), await backend(REDIS_URL)];
    const id = randomBytes(6).toString('hex');
    const limits = (k: KeyvBackend) =>
      createCommandLimits({
        userPerMinute: 2,
        guildPerMinute: 3,
        shared: createRedisWindows(k.redis!, `test:${id}:`),
      });
    const [one, two] = [limits(a), limits(b)];
    const now = Date.now();
    expect(await one.take('ann', 'g1', now)).toBeNull();
    expect(await two.take('ann', 'g1', now + 1_000)).toBeNull();
    expect(await one.take('ann', 'g1', now + 2_000)).toBe("You're asking quickly: try again in 58 s.");
    expect(await two.take('bob', 'g1', now + 3_000)).toBeNull();
    expect(await one.take('cat', 'g1', now + 4_000)).toBe(
      'This server is asking a lot right now: try again in 56 s.',
    );
    // Refused commands did not count: ann is free again once her first command leaves the window.
    expect(await two.take('ann', 'g2', now + 60_001)).toBeNull();
  });

  it('limits in memory while Redis is away', async () => {
    const proxy = await startTcpProxy({ host: redisTarget.hostname, port: Number(redisTarget.port || 6379) });
    opened.push(proxy);
    const b = await backend(`redis://127.0.0.1:${proxy.port}`);
    const limits = createCommandLimits({
      userPerMinute: 1,
      guildPerMinute: 10,
      shared: createRedisWindows(b.redis!, `test:${randomBytes(6).toString('hex')}:`),
    });
    await proxy.cut();
    const now = Date.now();
    expect(await limits.take('ann', 'g1', now)).toBeNull();
    expect(await limits.take('ann', 'g1', now + 1_000)).toBe("You're asking quickly: try again in 59 s.");
  });
});
