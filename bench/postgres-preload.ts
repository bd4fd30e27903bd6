import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../src/log.js';
import { PgDatabase } from '../src/store/postgres/index.js';
import { BENCH_SERVER, largeArchive } from './postgres-large.js';
import { SyntheticCorpus } from './synthetic.js';

/**
 * Loads the postgres section's large archives ahead of a bench run, which then finds them kept:
 * `node dist/bench/postgres-preload.js 1000000` (or `npx tsx bench/postgres-preload.ts 1000000`).
 * Progress goes to stderr every 100,000 articles; the load figures are printed as JSON at the end.
 */
const log = createLogger(process.env.LOG_LEVEL ?? 'info');
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  process.stderr.write('Usage: postgres-preload <articles> [<articles> …]\n');
  process.exit(2);
}
const workDir = join(process.cwd(), 'bench', '.work');
mkdirSync(workDir, { recursive: true });
const admin = await PgDatabase.open({ url: BENCH_SERVER, max: 2, variable: 'BENCH_DATABASE_URL' });
try {
  for (const size of sizes) {
    const { load } = await largeArchive({
      admin,
      server: BENCH_SERVER,
      synthetic: new SyntheticCorpus(),
      size,
      workDir,
      log,
    });
    process.stdout.write(`${JSON.stringify({ size, ...load })}\n`);
  }
} finally {
  await admin.close();
}
