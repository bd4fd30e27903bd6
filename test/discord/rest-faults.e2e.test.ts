import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractiveEngine } from '../../src/answers/extractive/index.js';
import { UserError } from '../../src/errors.js';
import { PERMISSIONS } from '../helpers/fake-discord/index.js';
import { scriptedEngine } from './engines.js';
import { startHarness, type Harness } from './harness.js';

const CALLBACK = /^\/interactions\//;
const EDIT = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;

describe('answers under Discord REST faults', () => {
  let h: Harness;
  let engine: ReturnType<typeof scriptedEngine>;
  beforeAll(async () => {
    h = await startHarness({
      engine: (store, log) =>
        (engine = scriptedEngine(createExtractiveEngine({ store, log }), {
          unexpected: new Error('unexpected'),
          user: new UserError('nothing', 'not_found'),
        })),
      limits: { userPerMinute: 1000, guildPerMinute: 1000 },
    });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  const ask = (query = 'north korea', extra: Record<string, boolean> = {}, appPermissions?: bigint) =>
    h.fake.slash({
      command: 'summarize',
      options: { query, ...extra },
      user: h.fake.user('reporter'),
      guild: h.guildB,
      ...(appPermissions === undefined ? {} : { appPermissions }),
    });
  const faultsOn = (from: number) =>
    h.fake.state.requests
      .slice(from)
      .filter((r) => r.fault !== undefined)
      .map((r) => r.fault);

  it('answers after per-route and global 429s with retry_after', async () => {
    const from = h.fake.state.requests.length;
    h.fake.fault({ method: 'POST', path: CALLBACK, kind: { status: 429, retryAfter: 0.2 } });
    h.fake.fault({ method: 'PATCH', path: EDIT, kind: { status: 429, retryAfter: 0.3, global: true } });
    const m = await h.answer(ask());
    expect(m.embeds[0].title).toBe('Summary: north korea');
    expect(faultsOn(from)).toEqual([429, 429]);
  });

  it('answers after 500, 502 and 503 and a dropped connection', async () => {
    const from = h.fake.state.requests.length;
    h.fake.fault({ method: 'POST', path: CALLBACK, kind: { reset: true } });
    h.fake.fault({ method: 'PATCH', path: EDIT, kind: { status: 500 } });
    h.fake.fault({ method: 'PATCH', path: EDIT, kind: { status: 502 } });
    h.fake.fault({ method: 'PATCH', path: EDIT, kind: { status: 503 } });
    const m = await h.answer(ask());
    expect(m.embeds[0].title).toBe('Summary: north korea');
    expect(faultsOn(from)).toEqual(['reset', 500, 502, 503]);
    expect(h.fake.faults.remaining).toBe(0);
  });

  it('sends the answer as a follow-up when the reply cannot be edited but the token is valid', async () => {
    // Four failures outlast discord.js's three retries of the final edit.
    const r = ask('slow:north korea');
    await engine.slow.waiting();
    h.fake.fault({ method: 'PATCH', path: EDIT, times: 4, kind: { status: 503 } });
    engine.slow.release();
    const followup = await h.fake.state.waitFor(() => r.followups[0], 20_000, 'a follow-up');
    expect(followup.embeds[0].title).toBe('Summary: north korea');
    expect(followup.components.length).toBeGreaterThan(0);
  });

  it('posts the answer in the channel, mentioning the asker without a ping, when the token expired', async () => {
    const channel = h.guildB.channelId;
    const before = h.fake.state.channelMessages.get(channel)?.length ?? 0;
    const r = ask('slow:north korea');
    await engine.slow.waiting();
    h.fake.expireToken(r);
    engine.slow.release();
    const posted = await h.fake.state.waitFor(
      () => h.fake.state.channelMessages.get(channel)?.[before],
      20_000,
      'a channel message',
    );
    expect(posted.content).toBe(
      `<@${r.userId}> here is the answer to your /summarize; the command’s reply had expired.`,
    );
    expect(posted.allowedMentions).toEqual({ parse: [] });
    expect(posted.embeds[0].title).toBe('Summary: north korea');
    expect(r.original!.embeds).toEqual([]);
  });

  it('does not post a private answer, or one where the bot may not send messages, in the channel', async () => {
    const channel = h.guildB.channelId;
    const before = h.fake.state.channelMessages.get(channel)?.length ?? 0;
    const start0 = h.fake.state.requests.length;
    const noSend = PERMISSIONS.member & ~(1n << 11n);
    const asks = [
      () => ask('slow:north korea', { public: false }),
      () => ask('slow:north korea', {}, noSend),
    ];
    for (const start of asks) {
      const r = start();
      await engine.slow.waiting();
      h.fake.expireToken(r);
      const from = h.fake.state.requests.length;
      engine.slow.release();
      // The final edit is refused; nothing else is sent for this interaction.
      await h.fake.state.waitFor(
        () =>
          h.fake.state.requests
            .slice(from)
            .find((q) => q.method === 'PATCH' && q.path.includes(r.token) && q.body?.embeds?.length),
        20_000,
        'the refused final edit',
      );
    }
    // A later command is answered, so the bot has moved on from both.
    await h.answer(ask());
    expect(h.fake.state.channelMessages.get(channel)?.length ?? 0).toBe(before);
    expect(h.fake.state.requests.slice(start0).filter((q) => q.path.startsWith('/channels/'))).toEqual([]);
  });

  it('answers commands received after the gateway dropped and the session resumed', async () => {
    const resumed = h.fake.resumed();
    h.fake.dropGateway();
    await resumed;
    const m = await h.answer(ask());
    expect(m.embeds[0].title).toBe('Summary: north korea');
  });
});
