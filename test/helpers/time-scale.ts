/**
 * How many times longer than on an idle machine a test may wait. Every timeout the tests set —
 * vitest's test and hook timeouts, the fake servers' waits, short timeouts handed to the code under
 * test — is written for an idle machine and multiplied by this one factor, so a busy machine gets
 * proportionally more time while a real hang still fails.
 *
 * `TEST_TIME_SCALE` sets it. When it is unset, the vitest config measures the factor at start
 * (`measureTimeScale`) and hands it to the test workers in the same variable.
 */
export const TIME_SCALE_VARIABLE = 'TEST_TIME_SCALE';

/** The factor in `env` (1 when unset). */
export function timeScale(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[TIME_SCALE_VARIABLE]?.trim();
  if (!raw) return 1;
  const factor = Number(raw);
  if (!Number.isFinite(factor) || factor <= 0)
    throw new Error(`${TIME_SCALE_VARIABLE} must be a positive number (got "${raw}")`);
  return factor;
}

/** `idleMs`, the time something takes at most on an idle machine, stretched by the factor. */
export function scaled(idleMs: number, env: NodeJS.ProcessEnv = process.env): number {
  return Math.round(idleMs * timeScale(env));
}

/**
 * How many times slower than on an idle machine this process runs right now: the wall time of a
 * short busy loop over the CPU time it was given. About 1 when a core is free, about 5 when two
 * cores are shared by ten busy processes, more when the suite runs at a lower priority than the
 * work around it (which the load average does not show). Rounded to halves, between 1 and `max`.
 */
export function measureTimeScale(spinMs = 200, max = 20): number {
  const start = performance.now();
  const before = process.cpuUsage();
  while (performance.now() - start < spinMs) {
    // Busy on purpose: only a runnable process learns how much of a CPU it is given.
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(before);
  const cpuMs = Math.max((used.user + used.system) / 1000, 1);
  return Math.min(max, Math.max(1, Math.round((wallMs / cpuMs) * 2) / 2));
}
