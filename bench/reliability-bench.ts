import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../src/app/app.js';
import type { ArticleDraft } from '../src/articles/article.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { saveDigestSettings } from '../src/digest/settings.js';
import { loadCommands } from '../src/discord/loader.js';
import { RESTARTING_MESSAGE } from '../src/discord/runtime.js';
import { createLogger, type Logger } from '../src/log.js';
import { startFakeAnthropic } from '../test/helpers/fake-anthropic.js';
import { startFakeDiscord, type InteractionRecord } from '../test/helpers/fake-discord/index.js';
import { mulberry32 } from './prng.js';
import type { BenchSection } from './section.js';

const USERS = 50;
const COMMANDS_PER_SECOND = 2;
const REST_FAULT_RATE = 0.05;
// One Claude fault (a 529 the SDK retries, or a stream cut) per this many commands: 2 %.
const CLAUDE_FAULT_EVERY = 50;
const DRAIN_MS = 60_000;

export interface SoakOptions {
  seconds: number;
  /** A gateway drop this often (the soak: every 5 minutes over 30). */
  gatewayDropSeconds: number;
  log: Logger;
}

export interface SoakFigures {
  seconds: number;
  sent: number;
  /** Sent while no bot process was connected (restart gaps): Discord tells the user the app did not respond. */
  whileDown: number;
  deferred: number;
  answered: number;
  errorsShown: number;
  /** Deferred, and never answered nor told of an error. */
  lost: number;
  /** Of the lost: deferred by the process that was killed (SIGKILL), in flight at the kill. */
  lostToCrash: number;
  restFaults: number;
  claudeFaults: number;
  gatewayDrops: number;
  digestPosts: number;
  digestMarkers: number;
  digestDue: boolean;
  rssWarmMb: number;
  rssEndMb: number;
  unhandled: number;
  termExit: number | null;
}

/**
 * The real bot process (src/main.ts) against the fake Discord and the fake Messages API, with
 * faults on a schedule: commands from 50 users at a steady rate, 5 % of REST requests failing
 * (429s, 5xx, resets), 2 % Claude faults, a gateway drop on a timer, one SIGTERM restart and one
 * SIGKILL crash, and a daily digest falling due mid-run. Counts every command's outcome and the
 * digest's posts, samples the bot's RSS, and scans its log for unhandled rejections.
 */
export async function runSoak(o: SoakOptions): Promise<SoakFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-soak-'));
  const rng = mulberry32(12);
  const anthropic = await startFakeAnthropic();
  const discord = await startFakeDiscord({
    commands: [...(await loadCommands()).values()].map((c) => c.data.toJSON()),
    guilds: ['Soak Desk'],
  });
  const guild = discord.guild('Soak Desk');
  const db = join(dir, 'newsroom.db');
  const digestAt = await prepareDatabase(db, guild.id, guild.channelId, o.seconds);
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEWSROOM_DB: db,
    LOG_LEVEL: 'warn',
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    ANTHROPIC_API_KEY: 'soak-key',
    ANTHROPIC_BASE_URL: anthropic.url,
    RATE_LIMIT_USER_PER_MINUTE: '1000',
    RATE_LIMIT_GUILD_PER_MINUTE: '10000',
  };
  let log = '';
  let bot: ChildProcess | null = null;
  let up = false;
  const start = async () => {
    const identified = new Promise((r) => discord.state.once('identify', r));
    const child = spawn(process.execPath, mainArgs(), {
      cwd: projectRoot(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    bot = child;
    const exited = new Promise((_, reject) =>
      child.once('exit', (code) =>
        reject(new Error(`the bot exited (${code}) before it connected: ${log.slice(-500)}`)),
      ),
    );
    exited.catch(() => undefined);
    await Promise.race([identified, exited]);
    // READY and the guild follow the identify; the client is ready a moment later.
    await new Promise((r) => setTimeout(r, 500));
    up = true;
  };
  const stop = async (signal: NodeJS.Signals): Promise<number | null> => {
    const child = bot!;
    up = false;
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill(signal);
    return exited;
  };
  const rss: Array<{ at: number; mb: number }> = [];
  const commands: Array<{ r: InteractionRecord; pid: number }> = [];
  let killedPid = -1;
  let termExit: number | null = null;
  let claudeFaults = 0;
  let drops = 0;
  const queries = [
    'ferry lanterns',
    'harbour council vote',
    'pier repairs',
    'Tollmarsh board',
    'lantern budget',
  ];
  try {
    await start();
    discord.faults.randomly({
      rate: REST_FAULT_RATE,
      kinds: [
        { status: 429, retryAfter: 0.3 },
        { status: 429, retryAfter: 0.3, global: true },
        { status: 500 },
        { status: 502 },
        { status: 503 },
        { reset: true },
      ],
      rng,
    });
    const t0 = performance.now();
    const users = Array.from({ length: USERS }, (_, i) => discord.user(`reporter-${i}`));
    let restarted = false;
    let crashed = false;
    let nextDrop = o.gatewayDropSeconds * 1000;
    for (let i = 0; performance.now() - t0 < o.seconds * 1000; i++) {
      const elapsed = performance.now() - t0;
      if (!restarted && elapsed > o.seconds * 350) {
        restarted = true;
        termExit = await stop('SIGTERM');
        await start();
      } else if (!crashed && elapsed > o.seconds * 700) {
        crashed = true;
        killedPid = bot!.pid!;
        await stop('SIGKILL');
        await start();
      } else if (elapsed > nextDrop) {
        nextDrop += o.gatewayDropSeconds * 1000;
        drops++;
        discord.dropGateway();
      }
      if (i % CLAUDE_FAULT_EVERY === CLAUDE_FAULT_EVERY - 1) {
        claudeFaults++;
        anthropic.failNext(claudeFaults % 2 ? 529 : 'cut', 1);
      }
      if (i % 4 === 0) rss.push({ at: elapsed, mb: rssMb(bot!.pid!) });
      const r = discord.slash({
        command: 'summarize',
        options: { query: `${queries[i % queries.length]} ${i}` },
        user: users[i % USERS]!,
        guild,
      });
      commands.push({ r, pid: up ? bot!.pid! : -1 });
      await new Promise((res) => setTimeout(res, 1000 / COMMANDS_PER_SECOND));
    }
    discord.faults.randomly(null);
    const isFinal = (r: InteractionRecord) =>
      finalOf(r, discord.state.channelMessages.get(guild.channelId) ?? []);
    await discord.state
      .waitFor(
        () =>
          commands.every(({ r }) => !r.callback || isFinal(r) || commands.length === 0) ? true : undefined,
        DRAIN_MS,
        'every deferred command to end',
      )
      .catch(() => undefined);
    const outcomes = commands.map(({ r, pid }) => ({ pid, deferred: !!r.callback, final: isFinal(r) }));
    const lost = outcomes.filter((c) => c.deferred && !c.final);
    const posts = (discord.state.channelMessages.get(guild.channelId) ?? []).filter((m) =>
      m.embeds.some((e: { footer?: { text?: string } }) => e.footer?.text?.startsWith('ref nd-')),
    );
    const markers = new Set(
      posts.map((m) => (m.embeds[0] as { footer: { text: string } }).footer.text.split(' ')[1]),
    );
    const lifeStart = rss.findLast((s) => s.mb === 0)?.at ?? 0;
    const lastLife = rss.filter((s) => s.at > lifeStart && s.mb > 0);
    const warm = lastLife[Math.min(lastLife.length - 1, Math.floor(lastLife.length / 4))]?.mb ?? 0;
    return {
      seconds: o.seconds,
      sent: commands.length,
      whileDown: outcomes.filter((c) => !c.deferred).length,
      deferred: outcomes.filter((c) => c.deferred).length,
      answered: commands.filter(
        ({ r }) => r.original?.embeds.length || r.followups.some((f) => f.embeds.length),
      ).length,
      errorsShown: outcomes.filter((c) => c.deferred && c.final === 'error').length,
      lost: lost.length,
      lostToCrash: lost.filter((c) => c.pid === killedPid).length,
      restFaults: discord.state.requests.filter((q) => q.fault !== undefined).length,
      claudeFaults,
      gatewayDrops: drops,
      digestPosts: posts.length,
      digestMarkers: markers.size,
      // Due, and the once-a-minute check has had its turn.
      digestDue: digestAt + 5_000 < Date.now(),
      rssWarmMb: warm,
      rssEndMb: lastLife.at(-1)?.mb ?? 0,
      unhandled: (log.match(/unhandled/gi) ?? []).length,
      termExit,
    };
  } finally {
    if (bot && up) await stop('SIGTERM').catch(() => undefined);
    await discord.close();
    await anthropic.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 'answer', 'error' (a line the user sees), or false while the command has no final outcome. */
function finalOf(
  r: InteractionRecord,
  channel: ReadonlyArray<{ content: string }>,
): 'answer' | 'error' | false {
  if (r.original?.embeds.length || r.followups.some((f) => f.embeds.length)) return 'answer';
  if (channel.some((m) => m.content.startsWith(`<@${r.userId}> `) && m.content.includes('/summarize')))
    return 'answer';
  if (r.callback?.type === 4 || r.followups.length > 0) return 'error';
  if (r.original?.content === RESTARTING_MESSAGE) return 'error';
  return false;
}

/** Fictional articles dated yesterday (UTC) and a digest due a third into the run. */
async function prepareDatabase(
  path: string,
  guildId: string,
  channelId: string,
  seconds: number,
): Promise<number> {
  const app = await openApp({
    config: loadConfig({ NEWSROOM_DB: path }),
    log: createLogger('silent'),
    clock: systemClock,
  });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  for (let n = 0; n < 20; n++) {
    const text = [
      `The Tollmarsh harbour council voted ${n + 5} to ${n % 4} on Tuesday to repair the lanterns on pier ${n}.`,
      `Odile Brand, who chairs the ferry board, said the repairs on pier ${n} would start within ${n + 2} weeks.`,
      `The lantern budget for pier ${n} was set at ${(n + 1) * 1200} crowns, according to the council's minutes.`,
    ].join('\n\n');
    const draft: ArticleDraft = {
      externalId: null,
      url: `https://tollmarsh.test/pier-${n}`,
      canonicalUrl: `https://tollmarsh.test/pier-${n}`,
      title: `Council votes on lanterns for pier ${n}`,
      outlet: n % 2 ? 'Tollmarsh Tide' : 'Harbour Courier',
      byline: null,
      publishedAt: yesterday,
      publishedAtSource: 'metadata',
      language: 'en',
      text,
      raw: { kind: 'text', source: `pier-${n}.txt`, content: text },
    };
    await app.store.save(draft, { scope: 'global' });
  }
  // The first whole minute after a third of the run: the scheduler checks once a minute.
  const due = Math.ceil((Date.now() + seconds * 333) / 60_000) * 60_000;
  const at = new Date(due).toISOString();
  await saveDigestSettings(await app.keyv('settings'), guildId, {
    channelId,
    time: at.slice(11, 16),
    timezone: 'UTC',
    stories: 3,
    announceEmpty: false,
    enabled: true,
    updatedAt: new Date(Date.now() - 3_600_000).toISOString(),
    updatedBy: null,
  });
  await app.close();
  return due;
}

function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

function projectRoot(): string {
  for (let d = dirname(fileURLToPath(import.meta.url)); ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) throw new Error('no package.json');
  }
}

/** The built entry point when running from dist/, else the source under tsx. */
function mainArgs(): string[] {
  const built = join(projectRoot(), 'dist', 'src', 'main.js');
  return import.meta.url.endsWith('.js') && existsSync(built) ? [built] : ['--import', 'tsx', 'src/main.ts'];
}

export const reliabilityBenchSection: BenchSection = {
  name: 'reliability',
  async run(ctx) {
    const seconds = Number(process.env.SOAK_SECONDS ?? 240);
    const f = await runSoak({ seconds, gatewayDropSeconds: Math.max(20, seconds / 6), log: ctx.log });
    return report(f);
  },
};

function report(f: SoakFigures): string {
  const pass = (b: boolean) => (b ? 'pass' : '**MISS**');
  const growth = f.rssWarmMb > 0 ? ((f.rssEndMb - f.rssWarmMb) / f.rssWarmMb) * 100 : NaN;
  return [
    '## Reliability under faults (soak)',
    '',
    `The real bot process (src/main.ts) against the fake Discord and the fake Messages API for ${f.seconds} s ` +
      `(the issue's soak is 30 minutes; this is the shortened run, same schedule compressed): ${COMMANDS_PER_SECOND} \`/summarize\` commands a second from ${USERS} users, ` +
      `${REST_FAULT_RATE * 100} % of REST requests failing (429 per-route and global, 500/502/503, connection resets), a Claude fault every ${CLAUDE_FAULT_EVERY} commands (529 or a stream cut), ` +
      `${f.gatewayDrops} gateway drops, one SIGTERM restart and one SIGKILL crash, and a daily digest due a third of the way in.`,
    '',
    '| measure | value | target | result |',
    '| --- | ---: | --- | --- |',
    `| commands sent | ${f.sent} | — | — |`,
    `| sent while no bot process was connected (restart gaps) | ${f.whileDown} | — | — |`,
    `| deferred | ${f.deferred} | — | — |`,
    `| answered | ${f.answered} | — | — |`,
    `| ended in an error line the user sees | ${f.errorsShown} | — | — |`,
    `| lost (deferred, never answered or told) | ${f.lost} | 0 | ${pass(f.lost === 0)} |`,
    `| of which in flight in the process killed with SIGKILL | ${f.lostToCrash} | — | — |`,
    `| REST faults injected | ${f.restFaults} | — | — |`,
    `| Claude faults injected | ${f.claudeFaults} | — | — |`,
    `| digest posts (distinct digests) | ${f.digestPosts} (${f.digestMarkers}) | 1 (1) | ${pass(f.digestDue ? f.digestPosts === 1 && f.digestMarkers === 1 : true)} |`,
    `| bot RSS after warm-up → at the end of its last life (MB) | ${f.rssWarmMb.toFixed(0)} → ${f.rssEndMb.toFixed(0)} (${growth.toFixed(1)} %) | growth < 10 % | ${pass(growth < 10)} |`,
    `| "unhandled" in the bot's log | ${f.unhandled} | 0 | ${pass(f.unhandled === 0)} |`,
    `| exit code after SIGTERM | ${f.termExit} | 0 | ${pass(f.termExit === 0)} |`,
    '',
    'Notes: the command loop pauses while the bot restarts, so no command is sent into a restart gap (in production Discord tells such a user the application did not respond). ' +
      "The RSS figure covers the last process's life only: in a shortened run too short for V8's heap to settle, so the 10 % target needs the full 30-minute run. " +
      'A command deferred by a process that is then killed with SIGKILL cannot be completed by it; the table counts any such.',
  ].join('\n');
}
