import { beforeAll, describe, expect, it } from 'vitest';
import { packagesLoadedBy, type ProbeStep } from '../helpers/packages-loaded.js';

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

/** A probe script line: `newsroom <args>` run cold, as the `newsroom` binary runs it, on a fresh database. */
const binary = (args: string[]) => `
  process.argv = [process.argv[0], 'newsroom', '--db', process.env.PROBE_DIR + '/news.db', ...${JSON.stringify(args)}];
  await import('./src/cli/bin.ts');`;

/** A later command in the same process, through the same command line code the binary ran. */
const again = (args: string[]) => `
  process.exitCode = await (await import('./src/cli/run.ts')).runCli({
    argv: ['--db', process.env.PROBE_DIR + '/news.db', ...${JSON.stringify(args)}],
    env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin,
  });`;

describe('a cold `newsroom search`', () => {
  let searches: ProbeStep[];
  let answers: ProbeStep[];
  beforeAll(async () => {
    // Two cold processes at once: one searches with a plain date and then with a phrase, the
    // other answers; each reports the packages it had loaded after every command.
    [searches, answers] = await Promise.all([
      packagesLoadedBy(`
        ${binary(['search', 'harbor', '--since', '2020-01-01'])}
        await mark('search with a date');
        ${again(['search', 'harbor', '--since', 'last month'])}
        await mark('search with a phrase');`),
      packagesLoadedBy(`
        ${binary(['summarize', 'harbor'])}
        await mark('summarize');`),
    ]);
  });

  it('runs every command without a crash (0, or 1 for an answer from an empty archive)', () => {
    expect(searches.map((s) => [s.label, s.exitCode])).toEqual([
      ['search with a date', 0],
      ['search with a phrase', 0],
    ]);
    expect(answers.map((s) => [s.label, s.exitCode])).toEqual([['summarize', 1]]);
  });

  it('loads the store and the command line only, none of the heavy packages', () => {
    const loaded = searches[0]!.packages;
    expect(loaded).toContain('better-sqlite3');
    expect(loaded).toContain('commander');
    expect(loaded.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('loads chrono-node when a date is a phrase, and answers load their engine', () => {
    expect(searches[1]!.packages).toContain('chrono-node');
    expect(answers[0]!.packages).toContain('chrono-node');
  });
});
