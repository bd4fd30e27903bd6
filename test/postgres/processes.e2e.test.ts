import { spawn, type ChildProcess } from 'node:child_process';
import { scaled } from '../helpers/time-scale.js';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app/app.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { saveDigestSettings } from '../../src/digest/settings.js';
import { loadCommands } from '../../src/discord/loader.js';
import { createLogger } from '../../src/log.js';
import { openKeyvBackend, type KeyvBackend } from '../../src/store/keyv-factory.js';
import { startFakeDiscord, type FakeDiscord, type InteractionRecord } from '../helpers/fake-discord/index.js';
import { createTestSchema, postgresAvailable, type TestSchema } from '../helpers/postgres.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { draft } from '../store/fixtures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// A Redis database of this test's own (its keys are cleared first): settings and rate limits.
const REDIS_URL = `${process.env.NEWSROOM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'}/7`;
const redisAvailable = await openKeyvBackend({ keyvUrl: REDIS_URL }).then(
  (b) => b.close().then(() => true),
  () => false,
);

/** A real `npm start` process (src/main.ts under tsx), its stderr kept. */
interface BotProcess {
  child: ChildProcess;
  log: string;
  exited: Promise<number | null>;
}

function startBot(env: NodeJS.ProcessEnv): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const p: BotProcess = {
    child,
    log: '',
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  child.stderr.on('data', (c: Buffer) => (p.log += c.toString()));
  return p;
}

function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(!postgresAvailable || !redisAvailable)(
  'two bot processes on one Postgres and one Redis',
  () => {
    let fake: FakeDiscord;
    let schema: TestSchema;
    let keyv: KeyvBackend;
    let seed: App;
    let redisProxy: TcpProxy;
    const bots: BotProcess[] = [];

    beforeAll(async () => {
      fake = await startFakeDiscord({
        commands: [...(await loadCommands()).values()].map((c) => c.data.toJSON()),
        guilds: ['Desk'],
      });
      schema = await createTestSchema();
      keyv = await openKeyvBackend({ keyvUrl: REDIS_URL });
      await keyv.redis!.flushDb();
      // The newsroom both processes share: yesterday's articles, and a digest due a few minutes ago.
      const env = { DATABASE_URL: schema.url, KEYV_URL: REDIS_URL };
      seed = await openApp({ config: loadConfig(env), log: createLogger('silent'), clock: systemClock });
      for (const [i, outlet] of ['Harbor Herald', 'Coastal Wire', 'Valley Radio'].entries()) {
        await seed.store.save(
          draft({
            text: `The Millbrook ferry terminal reopened on ${yesterday()} after repairs, report ${i}.\n\nCommuters from the north shore returned to the ferry at once, and the port authority said crossings would run every twenty minutes.\n\nOfficials of ${outlet} readers' city said the works had cost less than planned.`,
            title: `Millbrook ferry terminal reopens (${outlet})`,
            outlet,
            publishedAt: yesterday(),
            url: `https://news.example/${i}`,
          }),
          { scope: 'global' },
        );
      }
      await seed.grouping.backfill();
      const desk = fake.guild('Desk');
      const due = new Date(Date.now() - 5 * 60_000);
      const time =
        due.toISOString().slice(0, 10) === new Date().toISOString().slice(0, 10)
          ? due.toISOString().slice(11, 16)
          : '00:00';
      await saveDigestSettings(keyv.namespace('settings'), desk.id, {
        channelId: desk.channelId,
        time,
        timezone: 'UTC',
        stories: 5,
        announceEmpty: false,
        enabled: true,
        // Set the day before: a digest set after today's time would first be due tomorrow.
        updatedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        updatedBy: null,
      });
      // The bots reach Redis through a proxy the last test cuts: Redis going away.
      const target = new URL(REDIS_URL);
      redisProxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
      for (let i = 0; i < 2; i++)
        bots.push(
          startBot({
            ...env,
            KEYV_URL: `redis://127.0.0.1:${redisProxy.port}/7`,
            DISCORD_TOKEN: fake.token,
            DISCORD_API_URL: fake.apiUrl,
            RATE_LIMIT_USER_PER_MINUTE: '3',
          }),
        );
      await fake.sessions(2);
      await until(
        () => bots.every((b) => b.log.includes('"bot ready"')),
        120_000,
        () => bots.map((b) => b.log).join('\n'),
      );
    }, 180_000);

    afterAll(async () => {
      for (const b of bots) b.child.kill('SIGTERM');
      const codes = await Promise.all(bots.map((b) => b.exited));
      expect(codes).toEqual(bots.map(() => 0));
      await seed?.close();
      await keyv?.close();
      await redisProxy?.close();
      await schema?.drop();
      await fake?.close();
    }, 60_000);

    const answer = (r: InteractionRecord) =>
      fake.state.waitFor(() => (r.original?.embeds.length ? r.original : undefined), 60_000, 'an answer');

    it('answers commands in both processes from the same articles', async () => {
      const desk = fake.guild('Desk');
      const asks = [0, 1].map(() =>
        fake.slash({
          command: 'search',
          options: { query: 'ferry terminal' },
          user: fake.user('editor'),
          guild: desk,
        }),
      );
      const answers = await Promise.all(asks.map(answer));
      expect(asks.map((r) => r.session).sort()).toEqual([0, 1]);
      expect(answers[0]!.embeds).toEqual(answers[1]!.embeds);
      expect(JSON.stringify(answers[0]!.embeds)).toContain('Millbrook ferry terminal reopens');
    });

    it(
      'posts the day’s digest once, from one of the processes',
      async () => {
        const desk = fake.guild('Desk');
        const record = await pollLedger(seed, desk.id).catch((err: unknown) => {
          throw new Error(`${String(err)}\n${bots.map((b) => b.log).join('\n')}`);
        });
        expect(record, bots.map((b) => b.log).join('\n')).toMatchObject({ status: 'posted' });
        // Both processes have checked by now: each answered commands since it became ready.
        const toChannel = fake.state.requests.filter(
          (r) => r.method === 'POST' && r.path === `/channels/${desk.channelId}/messages`,
        );
        expect(toChannel).toHaveLength(record.messageIds.length);
        expect(JSON.stringify(toChannel.map((r) => r.body))).toContain('Millbrook ferry terminal reopens');
        // The ledger is written before the poster logs, and a child's log reaches this process
        // through a pipe: wait for the line, then check no second process posted.
        await until(
          () => bots.some((b) => b.log.includes('digest posted for')),
          scaled(30_000),
          () => bots.map((b) => b.log).join('\n'),
        );
        expect(bots.filter((b) => b.log.includes('digest posted for'))).toHaveLength(1);
      },
      scaled(90_000),
    );

    it('holds a user to the per-user limit across both processes (kept in Redis)', async () => {
      const desk = fake.guild('Desk');
      const user = fake.user('quick');
      const results: string[] = [];
      const sessions: Array<number | undefined> = [];
      for (let i = 0; i < 4; i++) {
        const r = fake.slash({ command: 'search', options: { query: 'ferry' }, user, guild: desk });
        sessions.push(r.session);
        const cb = await fake.state.waitFor(() => r.callback, 60_000, 'a callback');
        results.push(cb.type === 4 ? String(cb.data?.content) : 'answered');
      }
      expect(new Set(sessions).size).toBe(2);
      expect(results.slice(0, 3)).toEqual(['answered', 'answered', 'answered']);
      expect(results[3]).toMatch(/^You're asking quickly: try again in \d+ s\.$/);
    });

    it('keeps answering while Redis is away, and logs the outage once per process', async () => {
      const desk = fake.guild('Desk');
      await redisProxy.cut();
      const asks = [0, 1].map(() =>
        fake.slash({
          command: 'search',
          options: { query: 'ferry terminal' },
          user: fake.user('late'),
          guild: desk,
        }),
      );
      const answers = await Promise.all(asks.map(answer));
      expect(asks.map((r) => r.session).sort()).toEqual([0, 1]);
      expect(JSON.stringify(answers[0]!.embeds)).toContain('Millbrook ferry terminal reopens');
      await until(
        () => bots.every((b) => b.log.includes('redis connection lost')),
        30_000,
        () => bots.map((b) => b.log).join('\n'),
      );
      for (const b of bots) expect(b.log.match(/redis connection lost/g)).toHaveLength(1);
      await redisProxy.restore();
    });
  },
);

async function pollLedger(app: App, guildId: string) {
  const date = yesterday();
  // The digest is built and posted by another process, which the ledger cannot announce; a busy
  // machine gets proportionally longer.
  const end = Date.now() + scaled(60_000);
  while (Date.now() < end) {
    const r = await app.ledger.get(guildId, new Date().toISOString().slice(0, 10));
    const s = r ?? (await app.ledger.get(guildId, date));
    if (s && s.status !== 'claimed') return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no digest was recorded');
}

/** Polls a condition the fake cannot announce (a process's log) until it holds. */
async function until(probe: () => boolean, timeoutMs: number, explain: () => string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error(`timed out; logs:\n${explain()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
