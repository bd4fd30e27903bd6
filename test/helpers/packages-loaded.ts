import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scaled } from './time-scale.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MARK = '\u0001packages-loaded ';

/** What a probe script had loaded at one `await mark(label)`. */
export interface ProbeStep {
  label: string;
  /** npm packages loaded so far (ES modules and CommonJS alike), sorted. */
  packages: string[];
  /** `process.exitCode` when the step ended (0 when unset); reset to 0 for the next step. */
  exitCode: number;
}

// The module resolve hook runs on Node's loader thread: it collects every package URL resolved
// and answers the main thread's "list" message. Messages are answered in order, after every
// resolution the main thread has already waited for, so a list is complete for the step.
const HOOK = `
const seen = new Set();
export function initialize({ port }) {
  port.on('message', () => port.postMessage([...seen]));
  port.unref();
}
export async function resolve(spec, ctx, next) {
  const r = await next(spec, ctx);
  if (r.url.includes('/node_modules/')) seen.add(r.url);
  return r;
}`;

const preload = (hookUrl: string) => `
import { register, createRequire } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
register(${JSON.stringify(hookUrl)}, { data: { port: port2 }, transferList: [port2] });
port1.unref();
const requireCache = createRequire(import.meta.url).cache;
globalThis.mark = (label) => new Promise((resolve) => {
  port1.ref();
  port1.once('message', (esm) => {
    port1.unref();
    const urls = [...esm, ...Object.keys(requireCache)];
    process.stdout.write('\\n' + ${JSON.stringify(MARK)} + JSON.stringify({ label, urls, exitCode: process.exitCode ?? 0 }) + '\\n');
    process.exitCode = 0;
    resolve();
  });
  port1.postMessage('list');
});`;

/**
 * Runs `script` (the body of an ES module; `./src/…` TypeScript imports work, relative to the
 * project root) in a fresh Node process under tsx, and returns the npm packages it had loaded at
 * each `await mark(label)` it makes. One cold process can so check several steps in turn.
 */
export async function packagesLoadedBy(script: string): Promise<ProbeStep[]> {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-probe-'));
  try {
    const hook = join(dir, 'hook.mjs');
    const pre = join(dir, 'preload.mjs');
    await writeFile(hook, HOOK);
    await writeFile(pre, preload(pathToFileURL(hook).href));
    const run = await runNode(
      ['--import', 'tsx', '--import', pathToFileURL(pre).href, '--input-type=module', '-e', script],
      { ...process.env, PROBE_DIR: dir },
    );
    if (run.code !== 0) throw new Error(`the probe process failed (${run.code}):\n${run.stderr}`);
    return run.stdout
      .split('\n')
      .filter((l) => l.startsWith(MARK))
      .map((l) => {
        const { label, urls, exitCode } = JSON.parse(l.slice(MARK.length)) as {
          label: string;
          urls: string[];
          exitCode: number;
        };
        return { label, exitCode, packages: packageNames(urls) };
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function packageNames(urls: string[]): string[] {
  const names = urls
    .map((u) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(u)?.[1]?.replace('\\', '/'))
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)].sort();
}

function runNode(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Killed if it outlives the time a cold start may take on this machine: a hang fails the test
    // instead of leaving a process behind.
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: scaled(60_000),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? signal, stdout, stderr }));
  });
}
