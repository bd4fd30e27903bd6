import { defineConfig } from 'vitest/config';
import { TIME_SCALE_VARIABLE, measureTimeScale, timeScale } from './test/helpers/time-scale.js';

// Timeouts are written for an idle machine and stretched by one factor on a busy one: set by
// TEST_TIME_SCALE, or measured now. A real hang still fails, only proportionally later.
const scale = process.env[TIME_SCALE_VARIABLE]?.trim() ? timeScale() : measureTimeScale();
if (scale !== 1) console.log(`Test timeouts ×${scale} (${TIME_SCALE_VARIABLE}) for a busy machine.`);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real SQLite files, loopback servers and child processes: room for slow machines, never timing.
    testTimeout: 30_000 * scale,
    hookTimeout: 30_000 * scale,
    env: { [TIME_SCALE_VARIABLE]: String(scale) },
    pool: 'forks',
    // A worker keeps its loaded modules from one test file to the next instead of starting a
    // fresh process and importing discord.js, jsdom and the SDK again for each of ~90 files (that
    // was two thirds of the suite's time). Tests share no state: each opens its own temp database,
    // servers and clients, and restores any timer or spy it replaces.
    isolate: false,
  },
});
