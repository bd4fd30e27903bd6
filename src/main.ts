import { config as loadDotenv } from 'dotenv';
import { runCli } from './cli/run.js';

/**
 * `npm start`: the product on its embedded default (SQLite file, offline engine). Without a
 * Discord token it opens the console, which seeds the bundled examples on first start.
 */
loadDotenv({ quiet: true });
process.exitCode = await runCli({
  argv: ['console', ...process.argv.slice(2)],
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
