import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cli, tempDb } from '../helpers/cli.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const LATER =
  '  - 2026-03-09: Okafor also said that the replacement steel would now arrive on March 27, a week later than planned. [5]\n' +
  '      earlier: “the replacement steel is due to arrive from the mainland on March 20” [4]\n';

describe("a speaker's record on the command line and in the console", () => {
  const t = tempDb();
  beforeAll(async () => {
    expect((await cli(['--db', t.db, 'ingest', examples])).code).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('newsroom whosaid --speaker with no query lists the record by story, the postponed date marked', async () => {
    const r = await cli(['--db', t.db, 'whosaid', '--speaker', 'okafor']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Record: Tomas Okafor\n\nHarbor Bridge closed after storm damage to main span\n {2}- 2026-03-02: City engineer Tomas Okafor said/,
    );
    expect(r.stdout).toContain(LATER);
    const json = (await cli(['--db', t.db, '--json', 'whosaid', '--speaker', 'okafor'])).json();
    const dates = json.items.map((i: { citations: Array<{ source: number }> }) =>
      json.sources[i.citations[0]!.source - 1].publishedAt.slice(0, 10),
    );
    expect(dates).toEqual([...dates].sort());
    expect(json.items.at(-1).earlier.citations[0].text).toBe(
      'According to Okafor, the replacement steel is due to arrive from the mainland on March 20.',
    );
  });

  it('/whosaid speaker:okafor in the console gives the same record', async () => {
    const r = await cli(['--db', t.db, 'console'], { stdinText: '/whosaid speaker:okafor\n' });
    expect(r.stdout).toContain(LATER);
  });
});
