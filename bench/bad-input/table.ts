import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliRows } from './cli-rows.js';
import { discordRows } from './discord-rows.js';
import { fetchRows } from './fetch-rows.js';
import type { BadInputRow } from './row.js';

export type { BadInputRow } from './row.js';

/**
 * Every input class the issues name, through the real code paths (the command line, the fetcher
 * with its address policy, the feed parser, search, the bot in Discord): one row each with what
 * the user saw and what the store gained. Nothing here touches the internet.
 */
export async function runBadInputTable(): Promise<BadInputRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-bad-input-'));
  try {
    return [...(await cliRows(dir)), ...(await fetchRows(dir)), ...(await discordRows())];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table as Markdown (one row per input; cells kept to one line). */
export function badInputMarkdown(rows: readonly BadInputRow[]): string {
  const cell = (s: string, max = 160) => {
    const one = s
      // Run-specific parts (temp folders, test servers' ports) out, invisible characters shown.
      .replace(/\/\S*newsroom-bad-input-[^/]+\//g, '')
      .replace(
        /(127\.0\.0\.1|\]|\.test|localhost|127\.1|2130706433|0x7f000001|0\.0\.0\.0):\d{2,5}\b/g,
        '$1:PORT',
      )
      .replace(
        /[\u0000-\u0008\u000b-\u001f\u007f\u200b\u202a-\u202e]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
      .replace(/\s+/g, ' ')
      .replace(/\|/g, '\\|');
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
  };
  const failed = rows.filter((r) => r.problems.length > 0);
  const partial = rows.filter((r) => r.writes.startsWith('PARTIAL'));
  return [
    '## Bad input',
    '',
    `Every input class the issues name, run against the real code (\`node dist/bench/run.js bad-input\`; the same table runs in \`npm test\`, test/reliability/bad-input.test.ts): ` +
      'files and URLs through the command line in-process (`newsroom ingest`, `newsroom search`), host names that resolve to private addresses through `ingest` with an injected resolver, ' +
      "redirects through a feed's items as the feed poller fetches them (only the test server allowed), and attachments, long options and hostile article text through the bot logged in to the fake Discord. " +
      '"Store writes" compares the article database before and after on a separate connection: row counts of articles, bodies, versions and near-duplicate keys, the full-text index row count and its integrity check, and rows without their article.',
    '',
    `**${rows.length} inputs, ${partial.length} partial writes, ${failed.length} rows with a problem.**`,
    '',
    '| input class | input | via | what the user sees | store writes | result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.group)} | ${cell(r.input, 90)} | ${r.via} | ${cell(r.outcome, 480)} | ${cell(r.writes)} | ${r.problems.length === 0 ? 'ok' : `**${cell(r.problems.join('; '))}**`} |`,
    ),
  ].join('\n');
}
