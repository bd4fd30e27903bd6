import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { runSoak } from '../../bench/soak.js';
import { createLogger } from '../../src/log.js';
import { scaled } from '../helpers/time-scale.js';

// The bench's soak, short: the real bot process, the fake Discord and Messages API, faults on a
// schedule, a SIGTERM restart, a SIGKILL crash and a digest falling due. SOAK_TEST_SECONDS changes
// the length (the bench section runs the long one).
const SECONDS = Number(process.env.SOAK_TEST_SECONDS ?? 120);

const spawned: ChildProcess[] = [];
const ended = new AbortController();
afterAll(() => {
  // A soak still running after its test timed out stops sending and shuts its fakes down; it
  // must not go on spawning bots into the next test file (the worker is shared: isolate false).
  ended.abort();
  // Whatever happened to the test (a timeout included), no bot process outlives it.
  for (const child of spawned)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('soak under faults', () => {
  it(
    'loses no command, posts the due digest exactly once and logs no unhandled rejection',
    async () => {
      const f = await runSoak({
        seconds: SECONDS,
        gatewayDropSeconds: SECONDS / 4,
        settleMs: 60_000,
        log: createLogger('silent'),
        onSpawn: (child) => spawned.push(child),
        signal: ended.signal,
      });
      const context = `figures: ${JSON.stringify({ ...f, logTail: undefined, rssSamples: undefined })}\nbot log:\n${f.logTail}`;
      expect(f.deferred, context).toBeGreaterThan(SECONDS);
      expect(f.lost, context).toBe(0);
      // The loop waits out each restart, so every command reached a connected bot.
      expect(f.whileDown, context).toBe(0);
      expect(f.restFaults, context).toBeGreaterThan(0);
      expect(f.gatewayDrops, context).toBeGreaterThan(0);
      expect(f.digestDue, context).toBe(true);
      expect(f.digestPosts, context).toBe(1);
      expect(f.digestMarkers, context).toBe(1);
      expect(f.unhandled, context).toBe(0);
      expect(f.termExit, context).toBe(0);
      // Three bot processes: the first, the one restarted after SIGTERM, the one after SIGKILL.
      expect(spawned, context).toHaveLength(3);
    },
    // The run itself, three bot start-ups and the settling time, each allowed a busy machine's pace.
    SECONDS * 1000 + scaled(4 * 60_000),
  );
});
