import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/articles/ingest.js';
import { startHarness, type Harness } from './harness.js';
import { embedLimitViolations, embedText } from './limits.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('"Sources differ" in Discord answers on a story', () => {
  let h: Harness;
  let story: string;
  beforeAll(async () => {
    h = await startHarness();
    await ingest(h.bot.ctx, [examples]);
    const gazette = await h.store.get('example-gazette-2026-03-02');
    story = (await h.bot.ctx.stories.storiesOf([gazette!.id])).get(gazette!.id)!;
  });
  afterAll(async () => {
    await h?.dispose();
  });

  for (const command of ['summarize', 'timeline']) {
    it(`/${command} story: shows where the outlets differ, each side cited`, async () => {
      const r = h.fake.slash({
        command,
        options: { query: 'harbor bridge', story },
        user: h.fake.user(`differ-${command}`),
        guild: h.guildB,
      });
      const m = await h.answer(r);
      expect(embedLimitViolations(m.embeds)).toEqual([]);
      const text = embedText(m.embeds);
      expect(text).toMatch(
        /\*\*Sources differ\*\*\n“We are not going to take any chances …” attributed to Ruiz \[(\d)\] · Okafor \[(\d)\]/,
      );
      expect(text).toMatch(/vehicles: 40,000 \[\d\] · 45,000 \[\d\]/);
      const [, gazette, wire] = /attributed to Ruiz \[(\d)\] · Okafor \[(\d)\]/.exec(text)!;
      expect(text).toContain(`[${gazette}] [Harbor Bridge closed after storm damage to main span]`);
      expect(text).toContain(`[${wire}] [Port Alder commuters face long delays as bridge stays shut]`);
    });
  }

  it('adds no such section to an answer that is not over a story', async () => {
    const r = h.fake.slash({
      command: 'summarize',
      options: { query: 'harbor bridge vehicles' },
      user: h.fake.user('no-story'),
      guild: h.guildB,
    });
    expect(embedText((await h.answer(r)).embeds)).not.toContain('Sources differ');
  });
});
