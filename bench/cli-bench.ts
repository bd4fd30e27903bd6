import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fmt, percentile } from './measure.js';
import type { BenchSection } from './section.js';
import { selectiveQueries } from './store-queries.js';

/** Target from the foundation issue: a cold `newsroom search` at 100k articles, start to exit. */
export const CLI_TARGET_MS = 400;
const RUNS = 10;

// The compiled CLI, next to the compiled bench (dist/bench → dist/src/cli/bin.js): what `newsroom` runs.
const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));

// As a user runs it: without the bench's LOG_LEVEL (the CLI then logs warnings only).
const CHILD_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LOG_LEVEL'));

/** Milliseconds from spawning `node args…` to its exit; rejects on a non-zero exit or empty output. */
function timeProcess(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    execFile(
      process.execPath,
      args,
      { env: CHILD_ENV, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const ms = performance.now() - t0;
        if (err) reject(new Error(`${args.join(' ')} failed: ${stderr || err.message}`));
        else if (args.includes('search') && stdout.trim() === '')
          reject(new Error(`${args.join(' ')} printed nothing`));
        else resolve(ms);
      },
    );
  });
}

/**
 * The CLI as a user meets it: `node dist/src/cli/bin.js --db <largest archive> search <query>` as
 * a fresh process, start to exit, one run per selective query (one warm-up run first, so the
 * database file is in the OS cache as it would be on a machine in use). An empty `node -e ""`
 * is timed the same way: the part no code of ours can save.
 */
export const cliSection: BenchSection = {
  name: 'cli',
  async run(ctx) {
    if (!existsSync(BIN)) throw new Error(`${BIN} not found: run the bench compiled (npm run bench)`);
    const size = Math.max(...ctx.sizes);
    const db = await ctx.corpus.get(size);
    const queries = selectiveQueries(ctx.corpus.synthetic).slice(0, RUNS);
    await timeProcess([BIN, '--db', db.path, 'search', queries[0]!]);
    const search: number[] = [];
    const bare: number[] = [];
    for (const q of queries) {
      search.push(await timeProcess([BIN, '--db', db.path, 'search', q]));
      bare.push(await timeProcess(['-e', '']));
    }
    ctx.log.info({ size, p50: percentile(search, 50), p95: percentile(search, 95) }, 'cold CLI search timed');
    const p95 = percentile(search, 95);
    return [
      '## Cold CLI search',
      '',
      `\`node dist/src/cli/bin.js --db <archive> search <query>\` as a fresh process, start to exit, ${RUNS} selective queries (one run each, after one warm-up run), against the synthetic archive of ${fmt.int(size)} articles. The compiled JavaScript is what the installed \`newsroom\` runs. Node's own start (\`node -e ""\`) is timed alongside as the floor.`,
      '',
      '| articles | runs | p50 ms | p95 ms | max ms | Node start p50 ms | target | result |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
      `| ${fmt.int(size)} | ${search.length} | ${fmt.ms(percentile(search, 50))} | ${fmt.ms(p95)} | ${fmt.ms(Math.max(...search))} | ${fmt.ms(percentile(bare, 50))} | p95 ≤ ${CLI_TARGET_MS} ms | ${fmt.pass(p95 <= CLI_TARGET_MS)} |`,
      '',
      'On the search path nothing loads the answer engines, chrono-node (only date phrases need it), discord.js, the Anthropic SDK, jsdom or the feed parser (test/cli/lazy-imports.test.ts).',
      '',
    ].join('\n');
  },
};
