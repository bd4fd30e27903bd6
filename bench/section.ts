import type { Logger } from '../src/log.js';
import type { CorpusDbs } from './corpus-db.js';
import type { MachineInfo } from './machine.js';

/** What every benchmark section gets from the harness. */
export interface BenchContext {
  log: Logger;
  machine: MachineInfo;
  /** Synthetic-archive databases by size, built once and shared by the sections of a run. */
  corpus: CorpusDbs;
  /** Archive sizes to measure, e.g. [10_000, 100_000]. */
  sizes: readonly number[];
  /** Scratch folder (bench/.work, git-ignored). */
  workDir: string;
}

/**
 * One part of bench/RESULTS.md. `run` returns the section's Markdown (starting with a `## `
 * heading); the harness keeps the other sections of the file as they were when only some run.
 */
export interface BenchSection {
  /** Command-line name: `node dist/bench/run.js <name>`. */
  name: string;
  run(ctx: BenchContext): Promise<string>;
}
