import { openApp } from '../src/app/app.js';
import type { AnswerEngine } from '../src/answers/answer.js';
import { fixedClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createBot } from '../src/discord/bot.js';
import { loadCommands } from '../src/discord/loader.js';
import type { ArticleStore } from '../src/store/article-store.js';
import { startFakeAnthropic } from '../test/helpers/fake-anthropic.js';
import { startFakeDiscord } from '../test/helpers/fake-discord/index.js';
import { BENCH_NOW } from './corpus-db.js';
import { startDelayProxy } from './delay-proxy.js';
import { fmt, percentile } from './measure.js';
import type { BenchSection } from './section.js';

const USERS = 20;
const COMMANDS = 200;
const MODEL_DELAY_MS = 2000;
const DEFER_DEADLINE_MS = 3000;
const LIFETIME_MS = 15 * 60_000;

/**
 * Load against the fake Discord: 200 /summarize commands in flight at once from 20 users, the
 * Claude engine on a fake Messages API answering in 2 s, its concurrency cap at the default, the
 * per-user and per-server limits raised. Measures defer latency, time to answer, and the bot's
 * own time per command (time to answer minus time inside the engine).
 */
export const discordBenchSection: BenchSection = {
  name: 'discord',
  async run(ctx) {
    const size = Math.min(...ctx.sizes);
    const db = await ctx.corpus.get(size);
    const anthropic = await startFakeAnthropic();
    const proxy = await startDelayProxy({ target: anthropic.url, delayMs: MODEL_DELAY_MS });
    const commands = await loadCommands();
    const discord = await startFakeDiscord({
      commands: [...commands.values()].map((c) => c.data.toJSON()),
      guilds: ['Load Test'],
    });
    const clock = fixedClock(BENCH_NOW);
    const log = ctx.log.child({ section: 'discord' });
    const config = loadConfig({
      NEWSROOM_DB: db.path,
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      ANTHROPIC_API_KEY: 'bench-key',
      ANTHROPIC_BASE_URL: proxy.url,
      RATE_LIMIT_USER_PER_MINUTE: '1000',
      RATE_LIMIT_GUILD_PER_MINUTE: '10000',
    });
    const app = await openApp({ config, clock, log });
    const { store } = app;
    const engineEnd = new Map<string, number>();
    const claude = await app.answerEngine();
    const engine: AnswerEngine = {
      name: claude.name,
      async answer(req, opts) {
        try {
          return await claude.answer(req, opts);
        } finally {
          engineEnd.set(req.query, performance.now());
        }
      },
    };
    const bot = await createBot({ app, engine, commands });
    try {
      await bot.login(discord.token);
      const guild = discord.guild('Load Test');
      const users = Array.from({ length: USERS }, (_, i) => discord.user(`reporter-${i}`));
      const queries = await distinctQueries(store, COMMANDS);
      const cpu0 = process.cpuUsage();
      const started = performance.now();
      const records = queries.map((query, i) => ({
        query,
        r: discord.slash({ command: 'summarize', options: { query }, user: users[i % USERS]!, guild }),
      }));
      const finals = await Promise.all(
        records.map(({ r }) =>
          discord.state
            .waitFor(
              () =>
                r.payloads.find(
                  (p) => p.kind === 'edit' && Array.isArray(p.body.embeds) && p.body.embeds.length > 0,
                ) ?? r.followups.find((f) => f.flags & 64),
              LIFETIME_MS,
              'an answer',
            )
            .catch(() => undefined),
        ),
      );
      const wall = performance.now() - started;
      const cpu = process.cpuUsage(cpu0);
      const defers = records.map(({ r }) => (r.callback ? r.callback.at - r.dispatchedAt : Infinity));
      const answered = records.map(({ r }, i) => {
        const f = finals[i];
        return f && 'at' in f ? f.at - r.dispatchedAt : null;
      });
      const tta = answered.filter((v): v is number => v !== null);
      // After the engine: rendering, the answer session and the final edit, until Discord has it.
      const after = records.flatMap(({ query }, i) => {
        const end = engineEnd.get(query);
        const final = finals[i];
        return end !== undefined && final && 'at' in final ? [final.at - end] : [];
      });
      // The bot's own time: until the defer is received, plus after the engine.
      const overhead = records.flatMap(({ r }, i) =>
        r.callback && after[i] !== undefined ? [r.callback.at - r.dispatchedAt + after[i]] : [],
      );
      const errorMessages = records.flatMap((_, i) =>
        finals[i] && !('at' in finals[i]) ? [(finals[i] as { content: string }).content] : [],
      );
      const errors = errorMessages.length;
      if (errors > 0)
        log.warn({ errors: [...new Set(errorMessages)].slice(0, 5) }, 'commands answered with an error');
      const lost = records.length - tta.length - errors;
      return report({
        size,
        defers,
        tta,
        after,
        overhead,
        errors,
        lost,
        wallMs: wall,
        cpuMs: (cpu.user + cpu.system) / 1000,
        requests: anthropic.messageRequests().length,
      });
    } finally {
      await bot.stop({ graceMs: 1000 });
      await discord.close();
      await proxy.close();
      await anthropic.close();
      await app.close();
    }
  },
};

interface Figures {
  size: number;
  defers: number[];
  tta: number[];
  after: number[];
  overhead: number[];
  errors: number;
  lost: number;
  wallMs: number;
  cpuMs: number;
  requests: number;
}

function report(f: Figures): string {
  const maxDefer = Math.max(...f.defers);
  const maxTta = f.tta.length ? Math.max(...f.tta) : Infinity;
  const ok = (b: boolean) => fmt.pass(b);
  return [
    '## Discord bot under load',
    '',
    `${COMMANDS} \`/summarize\` commands dispatched at once by ${USERS} users to the real discord.js client over the fake Discord (test/helpers/fake-discord), ` +
      `synthetic archive of ${fmt.int(f.size)} articles, Claude engine on the fake Messages API answering each request in ${MODEL_DELAY_MS / 1000} s (bench/delay-proxy.ts), ` +
      `engine concurrency cap at its default (4), per-user and per-server limits raised for the run. The bot, both fakes and the store share one process.`,
    '',
    '| measure | p50 | p95 | max | target | result |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    `| defer latency (ms) | ${fmt.ms(percentile(f.defers, 50))} | ${fmt.ms(percentile(f.defers, 95))} | ${fmt.ms(maxDefer)} | every one < 3 s | ${ok(maxDefer < DEFER_DEADLINE_MS)} |`,
    `| time to answer (s) | ${(percentile(f.tta, 50) / 1000).toFixed(1)} | ${(percentile(f.tta, 95) / 1000).toFixed(1)} | ${(maxTta / 1000).toFixed(1)} | every one well inside 15 min | ${ok(maxTta < LIFETIME_MS / 3)} |`,
    `| engine answer → final edit received (ms) | ${fmt.ms(percentile(f.after, 50))} | ${fmt.ms(percentile(f.after, 95))} | ${fmt.ms(Math.max(...f.after))} | — | — |`,
    `| bot's own time per command (ms) | ${fmt.ms(percentile(f.overhead, 50))} | ${fmt.ms(percentile(f.overhead, 95))} | ${fmt.ms(Math.max(...f.overhead))} | — | — |`,
    '',
    `Answered: ${f.tta.length}/${COMMANDS}; errors shown: ${f.errors}; lost: ${f.lost} (target 0: ${ok(f.lost === 0 && f.errors === 0)}). ` +
      `Model requests: ${f.requests}. Wall time ${(f.wallMs / 1000).toFixed(1)} s (≈ ${COMMANDS} × ${MODEL_DELAY_MS / 1000} s / 4: the concurrency cap, by design). ` +
      `Process CPU ${fmt.ms(f.cpuMs / COMMANDS)} ms per command (bot, fakes and store together).`,
    '',
    "The bot's own time per command is the defer latency plus the time from the engine's answer to the final edit reaching Discord (rendering, session, REST); the time between is queueing for the engine's slots and the model.",
  ].join('\n');
}

/** Two longer words from each of the newest headlines, distinct, so no two commands ask the same. */
async function distinctQueries(store: ArticleStore, count: number): Promise<string[]> {
  const out = new Set<string>();
  for (const a of await store.list({ limit: count * 5 })) {
    const q = a.title
      .split(/\s+/)
      .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
      .filter((w) => w.length > 3)
      .slice(0, 2)
      .join(' ');
    if (q) out.add(q);
    if (out.size === count) break;
  }
  return [...out];
}
