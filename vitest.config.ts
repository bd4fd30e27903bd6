import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { TIME_SCALE_VARIABLE, measureTimeScale, timeScale } from './test/helpers/time-scale.js';

// Timeouts are written for an idle machine and stretched by one factor on a busy one: set by
// TEST_TIME_SCALE, or measured now. A real hang still fails, only proportionally later.
const scale = process.env[TIME_SCALE_VARIABLE]?.trim() ? timeScale() : measureTimeScale();
if (scale !== 1) console.log(`Test timeouts ×${scale} (${TIME_SCALE_VARIABLE}) for a busy machine.`);

/**
 * Vitest's own order (longest first by the last run's timings, else largest file first) knows
 * nothing on a fresh checkout, where the two-minute soak, a small file, would start last and run
 * alone. Starting it first lets the other worker run the rest of the suite beside it.
 */
class SoakFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isSoak = (f: TestSpecification) => /[\\/]reliability[\\/]soak\.e2e\.test\.ts$/.test(f.moduleId);
    return [...sorted.filter(isSoak), ...sorted.filter((f) => !isSoak(f))];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real SQLite files, loopback servers and child processes: room for slow machines, never timing.
    testTimeout: 30_000 * scale,
    hookTimeout: 30_000 * scale,
    env: { [TIME_SCALE_VARIABLE]: String(scale) },
    pool: 'forks',
    sequence: { sequencer: SoakFirst },
    // Vitest's default on a 2-core machine is one worker, which would run the soak (mostly waiting
    // on its bot process) and then everything else in series. A second worker runs the rest
    // beside it.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker keeps its loaded modules from one test file to the next instead of starting a
    // fresh process and importing discord.js, jsdom and the SDK again for each of ~90 files (that
    // was two thirds of the suite's time). Tests share no state: each opens its own temp database,
    // servers and clients, and restores any timer or spy it replaces.
    isolate: false,
  },
});
