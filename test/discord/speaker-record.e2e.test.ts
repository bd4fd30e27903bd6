import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/articles/ingest.js';
import { startHarness, type Harness } from './harness.js';
import { embedLimitViolations, embedText } from './limits.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('/whosaid speaker: with no query, against the fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await ingest(h.bot.ctx, [examples]);
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("gives the speaker's record by story in date order, the changed delivery date marked with the earlier one", async () => {
    const r = h.fake.slash({
      command: 'whosaid',
      options: { speaker: 'Tomas Okafor' },
      user: h.fake.user('record'),
      guild: h.guildB,
    });
    const m = await h.answer(r);
    expect(embedLimitViolations(m.embeds)).toEqual([]);
    expect(m.embeds[0].title).toBe('Record: Tomas Okafor');
    const text = embedText(m.embeds);
    expect(text).toContain(
      '**Harbor Bridge closed after storm damage to main span**\n**2026-03-02** — City engineer',
    );
    expect(text).toMatch(
      /\*\*2026-03-09\*\* — Okafor also said that the replacement steel would now arrive on March 27, a week later than planned\. \[(\d)\]\n {2}↳ earlier: “the replacement steel is due to arrive from the mainland on March 20” \[(\d)\]/,
    );
    const days = [...text.matchAll(/\*\*(\d{4}-\d{2}-\d{2})\*\* — /g)].map((x) => x[1]!);
    expect(days).toEqual([...days].sort());
  });

  it('still asks for something when neither a query nor a speaker is given', async () => {
    const r = h.fake.slash({ command: 'whosaid', options: {}, user: h.fake.user('empty'), guild: h.guildB });
    expect(await h.ephemeral(r)).toBe('Ask about something: give a query, an article or a story.');
  });
});
