import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_MESSAGE, FOREIGN_MESSAGE } from '../../src/discord/answer-button-handler.js';
import { PERMISSIONS, type FakeMessage, type FakeUser } from '../helpers/fake-discord/index.js';
import { startHarness, type Harness } from './harness.js';
import { embedLimitViolations } from './limits.js';

type Button = { custom_id: string; label: string };
const askButton = (message: FakeMessage): Button => {
  const found = (message.components as Array<{ components: Button[] }>)
    .flatMap((r) => r.components)
    .find((b) => b.label === 'Ask');
  if (!found) throw new Error('no Ask button');
  return found;
};

describe('follow-up questions from the Ask button, against the fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ limits: { userPerMinute: 3, guildPerMinute: 100 } });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  /** A user's public /summarize answer in server B, and its session's modal id (from pressing Ask). */
  async function answerAndOpenModal(user: FakeUser, options: Record<string, string | boolean>) {
    const answer = await h.answer(h.fake.slash({ command: 'summarize', options, user, guild: h.guildB }));
    const press = h.fake.click({
      message: answer,
      customId: askButton(answer).custom_id,
      user,
      guild: h.guildB,
    });
    const callback = await h.callback(press);
    return { answer, callback, modalId: String(callback.data.custom_id) };
  }

  it('opens a modal with one question field of at most 300 characters', async () => {
    const { callback } = await answerAndOpenModal(h.fake.user('modal'), { query: 'kim putin meeting' });
    expect(callback.type).toBe(9);
    expect(callback.data.title).toBe('Ask about these sources');
    expect(callback.data.components).toEqual([
      {
        type: 18,
        label: 'Your question',
        description: 'Answered only from the articles this answer read',
        component: {
          type: 4,
          custom_id: 'question',
          style: 2,
          placeholder: 'e.g. When is the bridge expected to reopen?',
          max_length: 300,
          required: true,
        },
      },
    ]);
  });

  it('answers in a thread under the answer, from the articles it read, and keeps later questions in that thread', async () => {
    const user = h.fake.user('threads');
    const { answer, modalId } = await answerAndOpenModal(user, { query: 'kim putin meeting' });
    const ask = (question: string) =>
      h.fake.submitModal({
        customId: modalId,
        fields: { question },
        user,
        guild: h.guildB,
        appPermissions: PERMISSIONS.threads,
      });

    const first = ask('Where could the meeting take place?');
    expect((await h.callback(first)).data.flags).toBe(64);
    const pointer = await h.fake.state.waitFor(() =>
      first.original?.content.startsWith('Answered') ? first.original.content : undefined,
    );
    const [thread] = [...h.fake.state.threads.values()];
    expect(pointer).toBe(`Answered in the thread <#${thread!.id}>.`);
    expect(thread).toMatchObject({
      name: 'Q: Where could the meeting take place?',
      parentId: h.guildB.channelId,
      messageId: answer.id,
    });
    const [posted] = thread!.messages;
    expect(posted!.allowedMentions).toEqual({ parse: [] });
    expect(embedLimitViolations(posted!.embeds)).toEqual([]);
    expect(posted!.embeds[0].title).toBe('Question: Where could the meeting take place?');
    expect(posted!.embeds[0].description).toContain(
      'The meeting would focus on weapons supplies for the war in Ukraine, the officials said, and could take place in the port city of Vladivostok. [1]',
    );
    expect(posted!.embeds[0].description).toContain('Extractive answer');
    expect(askButton(posted!).label).toBe('Ask');

    const second = ask("What is Kim's favourite food?");
    await h.fake.state.waitFor(() => (thread!.messages.length === 2 ? true : undefined));
    expect(h.fake.state.threads.size).toBe(1);
    expect(thread!.messages[1]!.embeds[0].description).toMatch(
      /^\*\*The stored articles don't say\. The closest passages:\*\*\n.*\[1\]/,
    );
    await h.fake.state.waitFor(() => (second.original?.content.startsWith('Answered') ? true : undefined));
  });

  it('answers privately where the bot may not create threads', async () => {
    const user = h.fake.user('no-threads');
    const { modalId } = await answerAndOpenModal(user, { query: 'harbour bridge budget' });
    const threads = h.fake.state.threads.size;
    const r = h.fake.submitModal({
      customId: modalId,
      fields: { question: 'How much was the bridge budget?' },
      user,
      guild: h.guildB,
    });
    const m = await h.answer(r);
    expect(r.callback!.data.flags).toBe(64);
    expect(m.embeds[0].description).toContain(
      'The city council approved a budget of 40 million dollars for the new harbour bridge on Wednesday. [1]',
    );
    expect(h.fake.state.threads.size).toBe(threads);
  });

  it('keeps the follow-up of a private answer private, even where threads are allowed', async () => {
    const user = h.fake.user('private');
    const { modalId } = await answerAndOpenModal(user, { query: 'harbour bridge budget', public: false });
    const threads = h.fake.state.threads.size;
    const r = h.fake.submitModal({
      customId: modalId,
      fields: { question: 'When will the bridge open?' },
      user,
      guild: h.guildB,
      appPermissions: PERMISSIONS.threads,
    });
    expect((await h.answer(r)).embeds[0].description).toContain(
      'Mayor Lena Ortiz said the bridge would open in 2026. [1]',
    );
    expect(h.fake.state.threads.size).toBe(threads);
  });

  it("refuses a question from another server on this server's answer, and an expired or overlong one", async () => {
    const user = h.fake.user('scope');
    const { modalId } = await answerAndOpenModal(user, { query: 'kim putin meeting' });
    const submit = (guild: typeof h.guildA, question: string, customId = modalId) =>
      h.ephemeral(h.fake.submitModal({ customId, fields: { question }, user: h.fake.user('x'), guild }));
    expect(await submit(h.guildA, 'Where is the meeting?')).toBe(FOREIGN_MESSAGE);
    expect(await submit(h.guildB, 'Where is the meeting?', 'nrq:aaaaaaaaaa')).toBe(EXPIRED_MESSAGE);
    expect(await submit(h.guildB, 'x'.repeat(301))).toBe('A question can be at most 300 characters.');
  });

  it('counts follow-up questions against the per-user rate limit', async () => {
    const user = h.fake.user('quick');
    const { modalId } = await answerAndOpenModal(user, { query: 'harbour bridge budget' });
    const submit = () =>
      h.fake.submitModal({
        customId: modalId,
        fields: { question: 'What was approved?' },
        user,
        guild: h.guildB,
      });
    await h.answer(submit());
    await h.answer(submit());
    expect(await h.ephemeral(submit())).toMatch(/^You're asking quickly: try again in \d+ s\.$/);
  });
});
