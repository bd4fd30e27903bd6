import { describe, expect, it } from 'vitest';
import { packagesLoadedBy } from '../helpers/packages-loaded.js';

describe('ingestion module loading', () => {
  it('does not load jsdom or Readability until an HTML page is read', async () => {
    // A fresh process, so no other test has loaded them already.
    const steps = await packagesLoadedBy(`
      await import('./src/articles/ingest.ts');
      await mark('ingestion imported');
      const { draftFromHtml } = await import('./src/articles/formats/html.ts');
      await draftFromHtml('<p>x</p>', { source: 'x' }).catch(() => undefined);
      await mark('an HTML page read');
    `);
    const pageReaders = (packages: string[]) =>
      packages.filter((p) => p === 'jsdom' || p === '@mozilla/readability');
    expect(steps.map((s) => [s.label, pageReaders(s.packages)])).toEqual([
      ['ingestion imported', []],
      ['an HTML page read', ['@mozilla/readability', 'jsdom']],
    ]);
  });
});
