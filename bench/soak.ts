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
import { scaled } from '../test/helpers/time-scale.js';
import { startFakeDiscord, type InteractionRecord } from '../test/helpers/fake-discord/index.js';
import { mulberry32 } from './prng.js';

export const SOAK_USERS = 50;
export const SOAK_REST_FAULT_RATE = 0.05;
// One Claude fault (a 529 the SDK retries, or a stream cut) per this many commands: 2 %.
export const SOAK_CLAUDE_FAULT_EVERY = 50;
// The SIGTERM restart and the SIGKILL crash come early, so the bot's last life (where memory is
// measured) is most of the run: a fifth and two fifths of the way in.
const RESTART_AT = 0.2;
const CRASH_AT = 0.4;
// Of the last life, this share is warm-up (V8 growing its heap to the working set, bounded caches
// filling) before the memory baseline is taken.
const WARM_UP_SHARE = 0.3;
// RSS rises and falls by a quarter as V8 lets garbage pile up and collects it; what a leak moves
// is the floor after collections. The baseline window and the end window are each this share of
// the life, long enough to hold a major collection at the soak's rate.
const WINDOW_SHARE = 0.2;

export interface SoakOptions {
  seconds: number;
  /** A gateway drop this often (the soak: every 5 minutes over 30). */
  gatewayDropSeconds: number;
  commandsPerSecond?: number;
  /**
   * How long the bot may take, after the last command, to end every command and post a due
   * digest; also the bound on one start or stop of the bot. Written for an idle machine and
   * stretched by the test time scale (TEST_TIME_SCALE, 1 when unset).
   */
  settleMs: number;
  log: Logger;
  /** Every bot process spawned, so a caller can make sure none outlives it. */
  onSpawn?: (child: ChildProcess) => void;
  /** Ends the run early (a test that timed out): no more commands, and everything is shut down. */
  signal?: AbortSignal;
}

export interface SoakFigures {
  seconds: number;
  commandsPerSecond: number;
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
  /** The digest fell due while the soak ran (so exactly one post is expected). */
  digestDue: boolean;
  /** Length of the bot's last life, over which memory is measured. */
  lastLifeSeconds: number;
  /**
   * The lowest RSS (the floor after garbage collection) in the window after warm-up and in the
   * last window of the last life, and the highest RSS over the whole life after warm-up.
   */
  rssWarmMb: number;
  rssEndMb: number;
  rssPeakMb: number;
  /** Commands answered by the last life between those two windows. */
  commandsBetween: number;
  /** The last life's RSS samples: seconds into the run, MB, commands it had answered by then. */
  rssSamples: Array<{ at: number; mb: number; answered: number }>;
  unhandled: number;
  termExit: number | null;
  /** The last lines of the bot's log, for a failing test's message. */
  logTail: string;
}

/**
 * The real bot process (src/main.ts) against the fake Discord and the fake Messages API, with
 * faults on a schedule: commands from 50 users at a steady rate, 5 % of REST requests failing
 * (429s, 5xx, resets), 2 % Claude faults, a gateway drop on a timer, one SIGTERM restart and one
 * SIGKILL crash, and a daily digest falling due mid-run. Counts every command's outcome and the
 * digest's posts, samples the bot's RSS, and scans its log for unhandled rejections.
 *
 * Every wait is on an event (the bot's "bot ready" line, a process's exit, the fake's state),
 * bounded by `settleMs`; every spawned process is killed before this returns or throws.
 */
export async function runSoak(o: SoakOptions): Promise<SoakFigures> {
  const rate = o.commandsPerSecond ?? 2;
  const boundMs = scaled(o.settleMs);
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
    // Info is a handful of lines (ready, stopped, digest outcomes): the ready line is waited on.
    LOG_LEVEL: 'info',
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    ANTHROPIC_API_KEY: 'soak-key',
    ANTHROPIC_BASE_URL: anthropic.url,
    RATE_LIMIT_USER_PER_MINUTE: '1000',
    RATE_LIMIT_GUILD_PER_MINUTE: '10000',
  };
  const log = new LogWatch();
  const alive = new Set<ChildProcess>();
  let bot: ChildProcess | null = null;
  let up = false;
  const start = async () => {
    const child = spawn(process.execPath, mainArgs(), {
      cwd: projectRoot(),
      env,
      // stdin closed, both outputs read to the end: a full pipe would stall the bot.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    alive.add(child);
    child.once('exit', () => alive.delete(child));
    o.onSpawn?.(child);
    child.stdout.on('data', (c: Buffer) => log.add(c));
    child.stderr.on('data', (c: Buffer) => log.add(c));
    bot = child;
    await log.waitFor('bot ready', child, boundMs);
    up = true;
  };
  const stop = async (signal: NodeJS.Signals): Promise<number | null> => {
    const child = bot!;
    up = false;
    return stopChild(child, signal, boundMs);
  };
  const rss: Array<{ at: number; mb: number; answered: number }> = [];
  const commands: Array<{ r: InteractionRecord; pid: number }> = [];
  let killedPid = -1;
  let termExit: number | null = null;
  let claudeFaults = 0;
  let drops = 0;
  let lastLifeStart = 0;
  const queries = [
    'ferry lanterns',
    'harbour council vote',
    'pier repairs',
    'Tollmarsh board',
    'lantern budget',
  ];
  const channel = () => discord.state.channelMessages.get(guild.channelId) ?? [];
  const isFinal = (r: InteractionRecord) => finalOf(r, channel());
  try {
    await start();
    discord.faults.randomly({
      rate: SOAK_REST_FAULT_RATE,
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
    const users = Array.from({ length: SOAK_USERS }, (_, i) => discord.user(`reporter-${i}`));
    let restarted = false;
    let crashed = false;
    let nextDrop = o.gatewayDropSeconds * 1000;
    // Commands go out on a timetable; after a pause (a restart) it starts again from now rather
    // than sending the missed ones in a burst.
    let nextAt = performance.now();
    // Neither stop lands on the digest's minute: a digest cut off mid-post by a crash is retaken
    // only once its claim is stale (ten minutes, tested on its own), longer than a short soak.
    const nearDigest = () => Date.now() > digestAt - 3_000 && Date.now() < digestAt + 10_000;
    for (let i = 0; performance.now() - t0 < o.seconds * 1000 && !o.signal?.aborted; i++) {
      const elapsed = performance.now() - t0;
      if (!restarted && elapsed > o.seconds * 1000 * RESTART_AT && !nearDigest()) {
        restarted = true;
        termExit = await stop('SIGTERM');
        await start();
      } else if (!crashed && elapsed > o.seconds * 1000 * CRASH_AT && !nearDigest()) {
        crashed = true;
        killedPid = bot!.pid!;
        await stop('SIGKILL');
        await start();
        lastLifeStart = performance.now() - t0;
      } else if (elapsed > nextDrop) {
        nextDrop += o.gatewayDropSeconds * 1000;
        drops++;
        discord.dropGateway();
      }
      if (i % SOAK_CLAUDE_FAULT_EVERY === SOAK_CLAUDE_FAULT_EVERY - 1) {
        claudeFaults++;
        anthropic.failNext(claudeFaults % 2 ? 529 : 'cut', 1);
      }
      if (crashed && i % 2 === 0) {
        const answered = commands.filter((c) => c.pid === bot!.pid && isFinal(c.r)).length;
        rss.push({ at: performance.now() - t0, mb: rssMb(bot!.pid!), answered });
      }
      const r = discord.slash({
        command: 'summarize',
        options: { query: `${queries[i % queries.length]} ${i}` },
        user: users[i % SOAK_USERS]!,
        guild,
      });
      commands.push({ r, pid: up ? bot!.pid! : -1 });
      nextAt = Math.max(nextAt + 1000 / rate, performance.now());
      await new Promise((res) => setTimeout(res, nextAt - performance.now()));
    }
    const loopEnd = performance.now() - t0;
    discord.faults.randomly(null);
    const digestDue = digestAt < Date.now();
    const digestPosts = () => channel().filter(isDigestPost);
    await discord.state
      .waitFor(
        () =>
          commands.every(({ r }) => !r.callback || isFinal(r)) && (!digestDue || digestPosts().length > 0)
            ? true
            : undefined,
        o.settleMs,
        'every deferred command to end and the due digest to be posted',
      )
      .catch(() => undefined);
    const outcomes = commands.map(({ r, pid }) => ({ pid, deferred: !!r.callback, final: isFinal(r) }));
    const lost = outcomes.filter((c) => c.deferred && !c.final);
    const posts = digestPosts();
    const markers = new Set(
      posts.map((m) => (m.embeds[0] as { footer: { text: string } }).footer.text.split(' ')[1]),
    );
    const mem = memoryOverLastLife(rss, lastLifeStart, loopEnd);
    return {
      seconds: o.seconds,
      commandsPerSecond: rate,
      sent: commands.length,
      whileDown: outcomes.filter((c) => !c.deferred).length,
      deferred: outcomes.filter((c) => c.deferred).length,
      answered: outcomes.filter((c) => c.final === 'answer').length,
      errorsShown: outcomes.filter((c) => c.deferred && c.final === 'error').length,
      lost: lost.length,
      lostToCrash: lost.filter((c) => c.pid === killedPid).length,
      restFaults: discord.state.requests.filter((q) => q.fault !== undefined).length,
      claudeFaults,
      gatewayDrops: drops,
      digestPosts: posts.length,
      digestMarkers: markers.size,
      digestDue,
      lastLifeSeconds: (loopEnd - lastLifeStart) / 1000,
      ...mem,
      rssSamples: rss
        .filter((r) => r.at >= lastLifeStart)
        .map((r) => ({ ...r, at: Math.round(r.at / 100) / 10, mb: Math.round(r.mb * 10) / 10 })),
      unhandled: log.unhandled,
      termExit,
      logTail: log.tail,
    };
  } finally {
    if (bot && up) await stop('SIGTERM').catch(() => undefined);
    for (const child of alive) child.kill('SIGKILL');
    await discord.close();
    await anthropic.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function isDigestPost(m: { embeds: unknown[] }): boolean {
  return m.embeds.some((e) => (e as { footer?: { text?: string } }).footer?.text?.startsWith('ref nd-'));
}

/**
 * RSS floors at the start and end of the last life: the lowest sample in a window after warm-up
 * and in the life's last window (one sample, or a median, is at the mercy of where the garbage
 * collector happens to be in its cycle; the floor after a collection is what a leak raises).
 */
function memoryOverLastLife(
  samples: ReadonlyArray<{ at: number; mb: number; answered: number }>,
  lifeStart: number,
  lifeEnd: number,
): { rssWarmMb: number; rssEndMb: number; rssPeakMb: number; commandsBetween: number } {
  const life = samples.filter((s) => s.at >= lifeStart && s.mb > 0);
  const span = lifeEnd - lifeStart;
  const warmFrom = lifeStart + span * WARM_UP_SHARE;
  const first = life.filter((s) => s.at >= warmFrom && s.at < warmFrom + span * WINDOW_SHARE);
  const last = life.filter((s) => s.at >= lifeEnd - span * WINDOW_SHARE);
  const floor = (xs: typeof life) => (xs.length > 0 ? Math.min(...xs.map((s) => s.mb)) : 0);
  return {
    rssWarmMb: floor(first),
    rssEndMb: floor(last),
    rssPeakMb: Math.max(0, ...life.filter((s) => s.at >= warmFrom).map((s) => s.mb)),
    commandsBetween: (last[0]?.answered ?? 0) - (first[0]?.answered ?? 0),
  };
}

/** Signals the process and resolves with its exit code; a process that outlives `boundMs` is killed. */
function stopChild(child: ChildProcess, signal: NodeJS.Signals, boundMs: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), boundMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill(signal);
  });
}

/**
 * The bot's output, read as it comes: counts "unhandled" (an unhandled rejection or exception
 * report) line by line, keeps the last lines, and lets the soak wait for a line to appear.
 */
class LogWatch {
  unhandled = 0;
  private partial = '';
  private lines: string[] = [];
  private readonly waiters = new Set<(line: string) => void>();

  add(chunk: Buffer): void {
    const parts = (this.partial + chunk.toString()).split('\n');
    this.partial = parts.pop()!;
    for (const line of parts) {
      if (/unhandled/i.test(line)) this.unhandled++;
      this.lines.push(line);
      if (this.lines.length > 40) this.lines.shift();
      for (const w of this.waiters) w(line);
    }
  }

  get tail(): string {
    return [...this.lines, this.partial].join('\n').slice(-4000);
  }

  /** Resolves when a line containing `text` comes from `child`; rejects if it exits first or after `boundMs`. */
  waitFor(text: string, child: ChildProcess, boundMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (err?: Error) => {
        clearTimeout(timer);
        this.waiters.delete(onLine);
        child.off('exit', onExit);
        if (err) reject(err);
        else resolve();
      };
      const onLine = (line: string) => {
        if (line.includes(text)) done();
      };
      const onExit = (code: number | null) =>
        done(new Error(`the bot exited (${code}) before "${text}": ${this.tail.slice(-800)}`));
      const timer = setTimeout(
        () => done(new Error(`no "${text}" from the bot within ${boundMs} ms: ${this.tail.slice(-800)}`)),
        boundMs,
      );
      this.waiters.add(onLine);
      child.once('exit', onExit);
    });
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
  // The first whole minute after a third of the run: the scheduler checks at each minute's start.
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
