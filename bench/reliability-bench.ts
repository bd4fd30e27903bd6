import type { BenchSection } from './section.js';
import {
  SOAK_CLAUDE_FAULT_EVERY,
  SOAK_REST_FAULT_RATE,
  SOAK_USERS,
  runSoak,
  type SoakFigures,
} from './soak.js';

export const reliabilityBenchSection: BenchSection = {
  name: 'reliability',
  async run(ctx) {
    const seconds = Number(process.env.SOAK_SECONDS ?? 240);
    const f = await runSoak({
      seconds,
      // The schedule: a drop every 5 minutes of a 30-minute run, compressed for shorter runs.
      gatewayDropSeconds: Math.max(20, Math.min(300, seconds / 6)),
      settleMs: 120_000,
      log: ctx.log,
    });
    return report(f);
  },
};

function report(f: SoakFigures): string {
  const pass = (b: boolean) => (b ? 'pass' : '**MISS**');
  const growth = f.rssWarmMb > 0 ? ((f.rssEndMb - f.rssWarmMb) / f.rssWarmMb) * 100 : NaN;
  return [
    '## Reliability under faults (soak)',
    '',
    `The real bot process (src/main.ts) against the fake Discord and the fake Messages API for ${f.seconds} s` +
      (f.seconds < 1800
        ? " (the issue's soak is 30 minutes; this is a shorter run of the same schedule)"
        : '') +
      `: ${f.commandsPerSecond} \`/summarize\` commands a second from ${SOAK_USERS} users, ` +
      `${SOAK_REST_FAULT_RATE * 100} % of REST requests failing (429 per-route and global, 500/502/503, connection resets), a Claude fault every ${SOAK_CLAUDE_FAULT_EVERY} commands (529 or a stream cut), ` +
      `${f.gatewayDrops} gateway drops, one SIGTERM restart (a fifth of the way in) and one SIGKILL crash (two fifths in), and a daily digest due a third of the way in.`,
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
    `| bot RSS floor after warm-up → at the end of its last life (MB; lowest sample in a fifth of a ${f.lastLifeSeconds.toFixed(0)} s life each, ${f.commandsBetween} commands answered between) | ${f.rssWarmMb.toFixed(0)} → ${f.rssEndMb.toFixed(0)} (${growth.toFixed(1)} %) | growth < 10 % | ${pass(growth < 10)} |`,
    `| bot RSS peak after warm-up (MB) | ${f.rssPeakMb.toFixed(0)} | — | — |`,
    `| "unhandled" in the bot's log | ${f.unhandled} | 0 | ${pass(f.unhandled === 0)} |`,
    `| exit code after SIGTERM | ${f.termExit} | 0 | ${pass(f.termExit === 0)} |`,
    '',
    'Notes: the command loop pauses while the bot restarts, so no command is sent into a restart gap (in production Discord tells such a user the application did not respond). ' +
      "Memory is measured over the bot's last life (after the crash, three fifths of the run), sampled every second: the first 30 % of it is warm-up, then the lowest RSS in the next fifth is compared with the lowest in the last fifth. RSS swings by a quarter as V8 lets garbage pile up and collects it, so single samples or medians compare points of that cycle; the floor after a collection is what a leak raises. The bot keeps up to 1,000 posted answers for their buttons (answer sessions, 24 h), a cache that fills in about 8 minutes at this rate, so a run shorter than that sees it growing. " +
      'A command deferred by a process that is then killed with SIGKILL cannot be completed by it; the table counts any such. ' +
      "Neither stop is made within the digest's minute (a digest cut off mid-post by a crash is retaken once its claim is ten minutes stale, which the digest tests cover).",
  ].join('\n');
}
