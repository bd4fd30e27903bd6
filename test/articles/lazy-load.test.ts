import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('ingestion module loading', () => {
  it('does not load jsdom or Readability until an HTML page is read', () => {
    // A fresh process, so no other test has loaded them already.
    const script = `
      const { createRequire } = await import('node:module');
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((k) => /node_modules[\\\\/](jsdom|@mozilla)/.test(k)).length;
      await import('./src/articles/ingest.ts');
      const before = loaded();
      const { draftFromHtml } = await import('./src/articles/formats/html.ts');
      await draftFromHtml('<p>x</p>', { source: 'x' }).catch(() => undefined);
      console.log(JSON.stringify({ before, after: loaded() > 0 }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ before: 0, after: true });
  });
});
