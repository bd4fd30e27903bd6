import { spawn } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs a bench worker (a file next to this one, compiled or under tsx) as its own process and
 * resolves with the JSON it prints last on stdout. Separate processes, as separate bot or ingest
 * processes would be: their own event loop, connection pool and caches.
 */
export function runWorker<T>(name: string, args: readonly string[]): Promise<T> {
  const file = fileURLToPath(new URL(`./${name}${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, file, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${name} exited ${code}: ${err.slice(-2_000)}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${name} printed no result: ${out.slice(-500)} ${err.slice(-500)}`));
      }
    });
  });
}
