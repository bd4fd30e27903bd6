import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_MESSAGE, FOREIGN_MESSAGE } from '../../src/discord/answer-button-handler.js';
import { draftOf, strikeFixture } from './fixtures.js';
import { messagePayloads, NOW, startHarness, type Harness } from './harness.js';
import { embedLimitViolations, embedText } from './limits.js';

type Button = { custom_id: string; label: string; disabled?: boolean };
const buttons = (message: { components: Array<{ components: Button[] }> }): Button[] =>
  message.components.flatMap((r) => r.components);
const button = (message: { components: Array<{ components: Button[] }> }, label: string): Button => {
  const found = buttons(message).find((b) => b.label === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
};

describe('answer commands against the fake Discord', () => {
  let h: Harness;
  let strikeId: string;
  beforeAll(async () => {
    h = await startHarness();
    strikeId = (await h.store.save(draftOf(strikeFixture()), { scope: h.guildA.id, now: NOW })).id;
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('answers /whosaid with quotes grouped under the speaker and cited', async () => {
    const [hit] = await h.store.search({ text: 'arms deal officials', limit: 1 });
    const options = { query: 'arms deal', article: hit!.article.id };
    const r = h.fake.slash({ command: 'whosaid', options, user: h.fake.user('ed'), guild: h.guildB });
    const m = await h.answer(r);
    const [embed] = m.embeds;
    expect(embed.title).toBe('Who said what: arms deal');
    expect(embed.description).toContain('**Marta Velez**');
    expect(embed.description).toMatch(
      /\*\*Marta Velez\*\*\n(• .*\n)*• .*We will not hesitate to impose sanctions on anyone who helps supply these weapons.* \[1\]/,
    );
    expect(embed.fields.map((f: { value: string }) => f.value).join('\n')).toContain(
      'Harbor Wire, 2023-09-04',
    );
  });

  it('answers /timeline with the July visit dated at month precision', async () => {
    const r = h.fake.slash({
      command: 'timeline',
      options: { query: 'russian delegation pyongyang' },
      user: h.fake.user('ed'),
      guild: h.guildB,
    });
    const m = await h.answer(r);
    expect(m.embeds[0].description).toMatch(
      /\*\*July 2023\*\* \(In July\) — In July, a Russian defence delegation visited Pyongyang.*\[\d\]/,
    );
  });

  it('keeps public:false answers ephemeral from the first response', async () => {
    const r = h.fake.slash({
      command: 'summarize',
      options: { query: 'harbour bridge budget', public: false },
      user: h.fake.user('ed'),
      guild: h.guildB,
    });
    expect((await h.callback(r)).data.flags).toBe(64);
    expect((await h.answer(r)).embeds[0].title).toBe('Summary: harbour bridge budget');
  });

  describe('a long quote list from a pinned article', () => {
    const asker = { id: '', username: 'asker' };
    let record: ReturnType<Harness['fake']['slash']>;
    beforeAll(() => {
      Object.assign(asker, h.fake.user('asker'));
      record = h.fake.slash({
        command: 'whosaid',
        options: { query: 'strike', article: strikeId },
        user: asker,
        guild: h.guildA,
      });
    });

    it('pages within every Discord limit, with its citations on each page', async () => {
      const m = await h.answer(record);
      expect(embedLimitViolations(m.embeds, m.content)).toEqual([]);
      expect(buttons(m).map((b) => b.label)).toEqual([
        '◀ Previous',
        expect.stringMatching(/^1\/\d+$/),
        'Next ▶',
        'Sources',
        'Copy',
        'Ask',
      ]);
      expect(embedText(m.embeds)).toContain('[1]');
      expect(embedText(m.embeds)).toContain(
        '[1] [Harbour strike enters third week](https://baysidecourier.test/harbour-strike-week-three)',
      );
    });

    it('turns the page for the asker by updating the message', async () => {
      const m = await h.answer(record);
      const click = h.fake.click({
        message: m,
        customId: button(m, 'Next ▶').custom_id,
        user: asker,
        guild: h.guildA,
      });
      const cb = await h.callback(click);
      expect(cb.type).toBe(7);
      expect(embedLimitViolations(cb.data.embeds)).toEqual([]);
      expect(cb.data.embeds.at(-1).footer.text).toMatch(/page 2\/\d+$/);
      expect(cb.data.components[0].components[1].label).toMatch(/^2\//);
      expect(embedText(cb.data.embeds)).toMatch(/\*\*[A-Z][a-z]+ [A-Z][a-z]+\*\*/);
    });

    it('shows another user the page privately instead of changing the message', async () => {
      const m = await h.answer(record);
      const click = h.fake.click({
        message: m,
        customId: button(m, 'Next ▶').custom_id,
        user: h.fake.user('bystander'),
        guild: h.guildA,
      });
      const cb = await h.callback(click);
      expect(cb.type).toBe(4);
      expect(cb.data.flags).toBe(64);
      expect(cb.data.embeds.at(-1).footer.text).toMatch(/page 2\//);
    });

    it('lists the sources ephemerally with the Sources button', async () => {
      const m = await h.answer(record);
      const cb = await h.callback(
        h.fake.click({
          message: m,
          customId: button(m, 'Sources').custom_id,
          user: h.fake.user('x'),
          guild: h.guildA,
        }),
      );
      expect(cb.type).toBe(4);
      expect(cb.data.flags).toBe(64);
      expect(cb.data.embeds[0].title).toBe('Sources (1)');
      expect(cb.data.embeds[0].description).toBe(
        '[1] [Harbour strike enters third week](https://baysidecourier.test/harbour-strike-week-three) — Bayside Courier, 2026-11-16',
      );
    });

    it('gives the answer as Markdown with source links from the Copy button', async () => {
      const m = await h.answer(record);
      const click = h.fake.click({
        message: m,
        customId: button(m, 'Copy').custom_id,
        user: asker,
        guild: h.guildA,
      });
      const cb = await h.callback(click);
      expect(cb.data.flags).toBe(64);
      // Long answers come as a file; short ones in a code block.
      const markdown = click.original!.files[0]?.content ?? cb.data.content;
      expect(markdown).toContain('## Who said what: strike');
      expect(markdown).toContain('[[1]](https://baysidecourier.test/harbour-strike-week-three)');
      expect(markdown).toContain(
        '1. [Harbour strike enters third week](https://baysidecourier.test/harbour-strike-week-three) — Bayside Courier, 2026-11-16',
      );
    });

    it('shows mention tricks in article text inert', async () => {
      const m = await h.answer(record);
      const pages: string[] = [embedText(m.embeds)];
      let current = m;
      for (let i = 0; i < 10 && !button(current, 'Next ▶').disabled; i++) {
        const cb = await h.callback(
          h.fake.click({
            message: current,
            customId: button(current, 'Next ▶').custom_id,
            user: asker,
            guild: h.guildA,
          }),
        );
        current = { ...current, embeds: cb.data.embeds, components: cb.data.components };
        pages.push(embedText(cb.data.embeds));
      }
      const text = pages.join('\n');
      expect(text).toContain(
        'Tell @\u200beveryone and <\u200b@&42> that \\[the port\\](https://evil.test) is closed',
      );
      expect(text).not.toMatch(/@everyone|<@&/);
    });

    it('answers an expired or foreign button politely and privately', async () => {
      const m = await h.answer(record);
      const expired = await h.ephemeral(
        h.fake.click({ message: m, customId: 'nr:abcdefghij:s:0', user: asker, guild: h.guildA }),
      );
      expect(expired).toBe(EXPIRED_MESSAGE);
      const foreign = await h.ephemeral(
        h.fake.click({ message: m, customId: 'something-else:1', user: asker, guild: h.guildA }),
      );
      expect(foreign).toBe(FOREIGN_MESSAGE);
      const otherServer = await h.ephemeral(
        h.fake.click({ message: m, customId: button(m, 'Sources').custom_id, user: asker, guild: h.guildB }),
      );
      expect(otherServer).toBe(FOREIGN_MESSAGE);
    });
  });

  it('never lets a message mention anyone', () => {
    const payloads = messagePayloads(h.fake) as Array<{ allowed_mentions?: unknown }>;
    expect(payloads.length).toBeGreaterThan(10);
    for (const p of payloads) expect(p.allowed_mentions).toEqual({ parse: [] });
  });
});
