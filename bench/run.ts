import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../src/log.js';
import { answersBenchSection } from './answers-section.js';
import { badInputBenchSection } from './bad-input-bench.js';
import { cliSection } from './cli-bench.js';
import { tokensBenchSection } from './claude-bench.js';
import { CorpusDbs } from './corpus-db.js';
import { digestBenchSection } from './digest-bench.js';
import { discordBenchSection } from './discord-bench.js';
import { machineInfo } from './machine.js';
import { reliabilityBenchSection } from './reliability-bench.js';
import { writeResults } from './results.js';
import type { BenchContext, BenchSection } from './section.js';
import { storeSection } from './store-bench.js';
import { postgresSection } from './postgres-bench.js';

/**
 * `npm run bench` runs every section; `node dist/bench/run.js store answers` runs some. Sections
 * share the synthetic archives (built once under bench/.work) and each writes its own block of
 * bench/RESULTS.md. To add a section (cold CLI start, tokens, Discord load, digest), implement
 * BenchSection in its own file and list it here; RESULTS.md keeps this order.
 */
const SECTIONS: readonly BenchSection[] = [
  storeSection,
  cliSection,
  answersBenchSection,
  tokensBenchSection,
  discordBenchSection,
  digestBenchSection,
  reliabilityBenchSection,
  badInputBenchSection,
  postgresSection,
];
// Names reserved for sections still to come, so their blocks keep their place in RESULTS.md.
const ORDER = [
  'store',
  'cli',
  'answers',
  'tokens',
  'discord',
  'digest',
  'reliability',
  'bad-input',
  'postgres',
];

// Run as dist/bench/run.js (or bench/run.ts under tsx): the project root is the nearest folder up with package.json.
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
const benchDir = join(projectRoot(dirname(fileURLToPath(import.meta.url))), 'bench');

async function main(argv: readonly string[]): Promise<number> {
  const log = createLogger(process.env.LOG_LEVEL ?? 'info');
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length > 0) {
    process.stderr.write(
      `Unknown section: ${unknown.join(', ')}. Sections: ${SECTIONS.map((s) => s.name).join(', ')}\n`,
    );
    return 2;
  }
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
  const workDir = join(benchDir, '.work');
  mkdirSync(workDir, { recursive: true });
  const machine = machineInfo();
  const ctx: BenchContext = { log, machine, corpus: new CorpusDbs(workDir, log), sizes, workDir };
  const fresh = new Map<string, string>();
  for (const section of SECTIONS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    log.info({ section: section.name, sizes }, 'bench section');
    fresh.set(section.name, await section.run(ctx));
  }
  const order = [...ORDER, ...SECTIONS.map((s) => s.name).filter((n) => !ORDER.includes(n))];
  writeResults({ path: join(benchDir, 'RESULTS.md'), machine, order, fresh });
  log.info({ file: join(benchDir, 'RESULTS.md') }, 'bench results written');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
