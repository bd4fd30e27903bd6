import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDigest } from '../../src/cli/commands/digest.js';
import { UserError } from '../../src/errors.js';
import { cliSession } from '../stories/cli-session.js';
import { tempStore } from '../stories/helpers.js';
import { saveDay } from './harness.js';

let t: Awaited<ReturnType<typeof tempStore>>;
beforeEach(async () => {
  t = await tempStore();
  await saveDay(t.store, '2026-03-28', ['fx-bridge-1', 'fx-bridge-2', 'fx-strike-1']);
  await t.store.close();
});
afterEach(async () => {
  await t.cleanup();
});

describe('newsroom digest', () => {
  it('prints the day’s digest as JSON with stories, cited summaries and sources', async () => {
    const { session, stdout } = cliSession(t.path, { json: true });
    expect(await runDigest(session, { date: '2026-03-28' })).toBe(0);
    await session.close();
    const d = JSON.parse(stdout());
    expect(d).toMatchObject({
      date: '2026-03-28',
      timeZone: 'UTC',
      guild: null,
      articleCount: 3,
      moreStories: 0,
      engine: 'extractive',
    });
    expect(d.stories.map((s: { outlets: string[] }) => s.outlets)).toEqual([
      ['Alden Courier', 'Harbor Ledger'],
      ['Riverton Daily'],
    ]);
    expect(d.stories[0].summary[0].citations[0]).toMatchObject({ source: 1, articleId: expect.any(String) });
  });

  it('prints text with numbered stories, markers and sources', async () => {
    const { session, stdout } = cliSession(t.path);
    expect(await runDigest(session, { date: '2026-03-28', tz: 'Europe/Berlin', stories: '1' })).toBe(0);
    await session.close();
    const text = stdout();
    expect(text.split('\n')[0]).toBe('Daily digest — Saturday, 28 March 2026 (Europe/Berlin)');
    expect(text).toMatch(
      /\n1\. Tollmarsh Bridge collapses into the Wend River, four injured {2}\[st-[0-9a-f]{10}\]\n {3}covered by 2 outlets: Alden Courier, Harbor Ledger\n/,
    );
    expect(text).toMatch(/\[1\]\n/);
    expect(text).toMatch(/…and 1 more story\./);
  });

  it('rejects an unknown time zone and a malformed date', async () => {
    const { session } = cliSession(t.path);
    await expect(runDigest(session, { tz: 'Mars/Olympus' })).rejects.toThrow(UserError);
    await expect(runDigest(session, { date: '28/03/2026' })).rejects.toThrow(/YYYY-MM-DD/);
    await session.close();
  });
});
