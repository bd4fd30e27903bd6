#!/usr/bin/env node
import { config as loadDotenv } from 'dotenv';
import { runCli } from './run.js';

// quiet: dotenv must never print to stdout, where `--json` output goes.
loadDotenv({ quiet: true });
process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
