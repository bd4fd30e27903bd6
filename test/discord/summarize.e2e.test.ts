import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedLimitViolations, embedText } from './limits.js';
import { messagePayloads, startHarness, type Harness } from './harness.js';

describe('/summarize against the fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('logs in with only the Guilds intent', async () => {
    expect(await h.fake.identified()).toEqual({ intents: 1 });
  });

  it('defers a new user’s /summarize query:north korea, then shows a sourced embed', async () => {
    const user = h.fake.user('reporter');
    const record = h.fake.slash({
      command: 'summarize',
      options: { query: 'north korea' },
      user,
      guild: h.guildB,
    });
    const callback = await h.callback(record);
    expect(callback.type).toBe(5);
    expect(callback.data?.flags ?? 0).toBe(0);
    expect(callback.at - record.dispatchedAt).toBeLessThan(3000);

    const message = await h.answer(record);
    expect(message.embeds).toHaveLength(1);
    const [embed] = message.embeds;
    expect(embed.title).toBe('Summary: north korea');
    expect(embed.description).toMatch(/\[1\]/);
    expect(embed.fields[0].name).toBe('Sources');
    expect(embed.fields[0].value).toContain(
      '[North Korea and Russia discuss arms deal, officials say](https://harborwire.test/2023/09/04/north-korea-russia-arms) — Harbor Wire, 2023-09-04',
    );
    expect(embed.footer.text).toMatch(/^extractive · \d articles? cited/);
    expect(embedLimitViolations(message.embeds)).toEqual([]);
    // The private article of another server never shows up.
    expect(embedText(message.embeds)).not.toContain('Private Desk');
    expect(message.components[0].components.map((b: { label: string }) => b.label)).toEqual([
      'Sources',
      'Copy',
      'Ask',
    ]);
  });

  it('sends allowed_mentions with nothing to parse on every message', () => {
    const payloads = messagePayloads(h.fake) as Array<{ allowed_mentions?: unknown }>;
    expect(payloads.length).toBeGreaterThan(0);
    for (const p of payloads) expect(p.allowed_mentions).toEqual({ parse: [] });
  });
});
