/**
 * `npm run test:loaded`: the test suite on a busy machine, the way CI or a shared workstation can
 * be. One CPU-bound process per core keeps every core busy at normal priority while the suite runs
 * at a lower one (`nice`), so it gets only a fraction of each core; the run is repeated, and the
 * busy processes are stopped by pid afterwards — also when a run fails or the script is
 * interrupted. Should this script be killed outright, each busy process ends on its own once its
 * parent is gone, or after `--max-minutes` at most.
 *
 *   npm run test:loaded -- [--runs 3] [--burners <cores>] [--nice 10] [--max-minutes 180] [--npm-test] [-- <vitest args>]
 *
 * `--npm-test` runs the whole `npm test` (type-check and lint too) instead of `vitest run`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    burners: { type: 'string', default: String(availableParallelism()) },
    nice: { type: 'string', default: '10' },
    'max-minutes': { type: 'string', default: '180' },
    'npm-test': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const burnerCount = Number(values.burners);
const niceness = Number(values.nice);
const maxMs = Number(values['max-minutes']) * 60_000;

const burners: ChildProcess[] = [];
let suite: ChildProcess | undefined;

/** One process spinning on a core until it is killed, `maxMs` has passed, or this script is gone. */
function startBurner(): ChildProcess {
  const source = `const end = Date.now() + ${maxMs}; while (Date.now() < end && process.ppid === ${process.pid});`;
  return spawn(process.execPath, ['-e', source], { stdio: 'ignore' });
}

function stopAll(): void {
  for (const b of burners) if (b.pid !== undefined && b.exitCode === null) process.kill(b.pid, 'SIGKILL');
  if (suite?.pid !== undefined && suite.exitCode === null) process.kill(suite.pid, 'SIGTERM');
}

function runSuite(): Promise<number> {
  const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
  const [command, args] = values['npm-test']
    ? ['npm', ['test']]
    : [process.execPath, [vitest, 'run', ...positionals]];
  suite = spawn(command, args, { stdio: 'inherit' });
  return new Promise((resolve) => suite!.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

const results: string[] = [];
let failed = 0;
try {
  for (let i = 0; i < burnerCount; i++) burners.push(startBurner());
  // The busy processes keep normal priority; this script, and so the suite it starts, steps back.
  setPriority(niceness);
  console.log(`Busy machine: ${burnerCount} CPU-bound processes, the suite at nice ${niceness}.`);
  for (let run = 1; run <= runs; run++) {
    const start = performance.now();
    const code = await runSuite();
    const seconds = Math.round((performance.now() - start) / 1000);
    if (code !== 0) failed++;
    results.push(
      `run ${run}/${runs}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s, load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(results.at(-1));
  }
} finally {
  stopAll();
}
console.log(`\n${results.join('\n')}`);
process.exitCode = failed === 0 ? 0 : 1;
