import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Packages only answers, the bot, feeds, HTML pages or the scheduler need.
const HEAVY = [
  'chrono-node',
  'discord.js',
  '@anthropic-ai/sdk',
  'jsdom',
  '@mozilla/readability',
  'fast-xml-parser',
  'croner',
];

const dir = mkdtempSync(join(tmpdir(), 'newsroom-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A loader hook that reports every package an ES module imports, and an exit hook that reports
// the CommonJS modules in the require cache: together, every package the process loaded.
writeFileSync(
  join(dir, 'hook.mjs'),
  `export async function resolve(spec, ctx, next) {
    const r = await next(spec, ctx);
    if (r.url.includes('/node_modules/')) process.stderr.write('LOADED ' + r.url + '\\n');
    return r;
  }`,
);
writeFileSync(
  join(dir, 'preload.mjs'),
  `import { register, createRequire } from 'node:module';
  register(${JSON.stringify(pathToFileURL(join(dir, 'hook.mjs')).href)});
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => { for (const k of Object.keys(cache)) process.stderr.write('LOADED ' + k + '\\n'); });`,
);

/** Runs the CLI from source in a fresh process; the packages it loaded. */
function packagesLoaded(args: string[]): string[] {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      pathToFileURL(join(dir, 'preload.mjs')).href,
      'src/cli/bin.ts',
      '--db',
      join(dir, 'news.db'),
      ...args,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  // 0, or 1 for a user error such as an answer from an empty archive: never a crash.
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  const names = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED '))
    .map((l) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(l)?.[1]?.replace('\\', '/'))
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)].sort();
}

describe('a cold `newsroom search`', () => {
  it('loads the store and the command line only, none of the heavy packages', () => {
    const loaded = packagesLoaded(['search', 'harbor', '--since', '2020-01-01']);
    expect(loaded).toContain('better-sqlite3');
    expect(loaded.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('loads chrono-node when a date is a phrase, and answers load their engine', () => {
    expect(packagesLoaded(['search', 'harbor', '--since', 'last month'])).toContain('chrono-node');
    expect(packagesLoaded(['summarize', 'harbor'])).toContain('chrono-node');
  });
});
