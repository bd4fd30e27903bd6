import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractiveEngine } from '../../src/answers/extractive/index.js';
import { UserError } from '../../src/errors.js';
import { genericErrorMessage } from '../../src/discord/report-error.js';
import { RESTARTING_MESSAGE } from '../../src/discord/runtime.js';
import { scriptedEngine } from './engines.js';
import { messagePayloads, startHarness, type Harness } from './harness.js';

const SECRET = 'sk-do-not-leak-42';

describe('the interaction flow: progress, errors, time zones, shutdown', () => {
  let h: Harness;
  let engine: ReturnType<typeof scriptedEngine>;
  beforeAll(async () => {
    h = await startHarness({
      engine: (store, log) =>
        (engine = scriptedEngine(createExtractiveEngine({ store, log }), {
          unexpected: new Error(`index corrupted near key ${SECRET}`),
          user: new UserError('No stored articles match "nothing".', 'not_found'),
        })),
    });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('shows progress while the engine reads and streams, then the answer', async () => {
    const r = h.fake.slash({
      command: 'summarize',
      options: { query: 'slow:north korea' },
      user: h.fake.user('p'),
      guild: h.guildB,
    });
    await engine.slow.waiting();
    const streaming = await h.fake.state.waitFor(
      () =>
        r.payloads.find((p) => p.kind === 'edit' && String(p.body.content ?? '').includes('>>>'))?.body
          .content,
    );
    expect(streaming).toBe(
      'Reading 7 articles from 3 outlets…\n>>> North Korea and Russia are holding talks <\u200b@123> @\u200beveryone ',
    );
    engine.slow.release();
    const m = await h.answer(r);
    expect(m.content).toBe('');
    expect(m.embeds[0].footer.text).toMatch(/^extractive · \d+ articles? cited/);
    const edits = r.payloads.filter((p) => p.kind === 'edit');
    expect(edits.at(-1)!.body.embeds).toHaveLength(1);
    for (const e of edits.slice(0, -1)) expect(e.body.embeds).toBeUndefined();
  });

  it('answers an unexpected engine failure with a generic private message and logs nothing secret to Discord', async () => {
    const r = h.fake.slash({
      command: 'summarize',
      options: { query: 'fail:anything' },
      user: h.fake.user('f'),
      guild: h.guildB,
    });
    expect(await h.ephemeral(r)).toBe(genericErrorMessage(r.id));
    expect(r.callback!.type).toBe(5);
    expect(r.original!.deleted).toBe(true);
    expect(JSON.stringify(messagePayloads(h.fake))).not.toContain(SECRET);
    expect(JSON.stringify(messagePayloads(h.fake))).not.toMatch(/at \w+ \(|\.ts:\d+/);
  });

  it("shows a UserError's own message privately", async () => {
    const r = h.fake.slash({
      command: 'timeline',
      options: { query: 'nothing:here' },
      user: h.fake.user('u'),
      guild: h.guildB,
    });
    expect(await h.ephemeral(r)).toBe('No stored articles match "nothing".');
  });

  it("reads since/until in the server's time zone, UTC until one is set", async () => {
    const user = h.fake.user('tz');
    await h.answer(
      h.fake.slash({
        command: 'summarize',
        options: { query: 'north korea', until: 'today' },
        user,
        guild: h.guildB,
      }),
    );
    expect(engine.requests.at(-1)!.until).toBe('2026-11-22');
    await h.settings.set(`digest:${h.guildB.id}`, { timezone: 'Pacific/Kiritimati' });
    await h.outcome(
      h.fake.slash({
        command: 'summarize',
        options: { query: 'north korea', until: 'today' },
        user,
        guild: h.guildB,
      }),
    );
    expect(engine.requests.at(-1)!.until).toBe('2026-11-23');
    expect(engine.requests.at(-1)!.guild).toBe(h.guildB.id);
  });

  it('lets in-flight answers finish on shutdown and tells new commands the bot is restarting', async () => {
    const slow = h.fake.slash({
      command: 'summarize',
      options: { query: 'slow:north korea' },
      user: h.fake.user('s'),
      guild: h.guildB,
    });
    await engine.slow.waiting();
    const stopping = h.bot.stop({ graceMs: 60_000 });
    const late = h.fake.slash({
      command: 'search',
      options: { query: 'korea' },
      user: h.fake.user('l'),
      guild: h.guildB,
    });
    expect(await h.ephemeral(late)).toBe(RESTARTING_MESSAGE);
    engine.slow.release();
    expect((await h.answer(slow)).embeds[0].title).toBe('Summary: north korea');
    expect(await stopping).toEqual({ finished: 1, aborted: 0 });
  });
});

describe('shutdown when an answer outlasts the grace period', () => {
  it('tells the user the bot is restarting', async () => {
    let engine!: ReturnType<typeof scriptedEngine>;
    const h = await startHarness({
      engine: (store, log) =>
        (engine = scriptedEngine(createExtractiveEngine({ store, log }), {
          unexpected: new Error('x'),
          user: new Error('y'),
        })),
    });
    try {
      const r = h.fake.slash({
        command: 'whosaid',
        options: { query: 'slow:korea' },
        user: h.fake.user('s'),
        guild: h.guildA,
      });
      await engine.slow.waiting();
      expect(await h.bot.stop({ graceMs: 50 })).toEqual({ finished: 0, aborted: 1 });
      expect(r.original!.content).toBe(RESTARTING_MESSAGE);
    } finally {
      await h.dispose();
    }
  });
});

describe('rate limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ limits: { userPerMinute: 2, guildPerMinute: 3 } });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('answers "try again in N s" per user, then per server, and lets them in once the minute passes', async () => {
    const [ana, ben, cai] = [h.fake.user('ana'), h.fake.user('ben'), h.fake.user('cai')];
    const search = (user: typeof ana) =>
      h.fake.slash({ command: 'search', options: { query: 'korea' }, user, guild: h.guildA });
    for (let i = 0; i < 2; i++) expect((await h.callback(search(ana))).type).toBe(5);
    expect(await h.ephemeral(search(ana))).toBe("You're asking quickly: try again in 60 s.");
    expect((await h.callback(search(ben))).type).toBe(5);
    expect(await h.ephemeral(search(cai))).toBe('This server is asking a lot right now: try again in 60 s.');
    h.clock.set(new Date(h.clock.now().getTime() + 45_000));
    expect(await h.ephemeral(search(cai))).toBe('This server is asking a lot right now: try again in 15 s.');
    h.clock.set(new Date(h.clock.now().getTime() + 16_000));
    expect((await h.callback(search(ana))).type).toBe(5);
  });
});
