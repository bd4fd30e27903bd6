import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import {
  CHANNEL,
  GUILD,
  fakePoster,
  openProcess,
  saveDay,
  saveDigestSettings,
  settingsOf,
  type FakePoster,
} from './harness.js';

// In Berlin, clocks go from 02:00 CET to 03:00 CEST on Sunday 29 March 2026: 08:00 that day is 06:00 UTC
// (07:00 UTC the day before); they go back on Sunday 25 October 2026, when 08:00 is 07:00 UTC.
const NEWS = ['fx-bridge-1', 'fx-bridge-2', 'fx-bridge-3', 'fx-strike-1', 'fx-strike-2', 'fx-flood'];

let dir: string;
let path: string;
let clock: ReturnType<typeof fixedClock>;
let poster: FakePoster;
let procs: Array<Awaited<ReturnType<typeof openProcess>>>;

async function proc(catchUpHours = 6) {
  const p = await openProcess(path, clock, poster, catchUpHours);
  procs.push(p);
  return p;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsroom-digest-'));
  path = join(dir, 'newsroom.db');
  clock = fixedClock('2026-03-28T12:00:00Z');
  poster = fakePoster();
  procs = [];
  const p = await proc();
  await saveDay(p.store, '2026-03-28', NEWS);
  await saveDay(p.store, '2026-10-24', ['fx-drought-1', 'fx-drought-2']);
  await saveDigestSettings(p.settings, GUILD, settingsOf());
});
afterEach(async () => {
  for (const p of procs) await p.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the digest scheduler', () => {
  it('posts once at 08:00 Berlin time on the day clocks go forward, covering the day before', async () => {
    const [p] = procs;
    clock.set('2026-03-29T05:59:00Z');
    expect(await p!.scheduler.tick()).toEqual([]);
    clock.set('2026-03-29T06:00:00Z');
    expect(await p!.scheduler.tick()).toEqual([{ guildId: GUILD, date: '2026-03-28', result: 'posted' }]);
    clock.set('2026-03-29T06:01:00Z');
    expect(await p!.scheduler.tick()).toEqual([]);
    expect(poster.posts).toHaveLength(1);
    expect(poster.posts[0]!.channelId).toBe(CHANNEL);
    const embed = poster.posts[0]!.message.embeds[0]!;
    expect(embed.title).toBe('Daily digest — Saturday, 28 March 2026');
    expect(embed.description).not.toMatch(/Posted late/);
    expect((await p!.ledger.get(GUILD, '2026-03-28'))!).toMatchObject({
      status: 'posted',
      messageIds: ['msg-1'],
      channelId: CHANNEL,
    });
  });

  it('posts at 08:00 local (07:00 UTC) on the day clocks go back', async () => {
    const [p] = procs;
    await saveDigestSettings(p!.settings, GUILD, settingsOf({ updatedAt: '2026-10-24T12:00:00Z' }));
    clock.set('2026-10-25T06:59:00Z');
    expect(await p!.scheduler.tick()).toEqual([]);
    clock.set('2026-10-25T07:00:00Z');
    expect(await p!.scheduler.tick()).toEqual([{ guildId: GUILD, date: '2026-10-24', result: 'posted' }]);
    expect(poster.posts[0]!.message.embeds[0]!.description).toMatch(/Valdora/);
  });

  it('does not post again after a restart in between', async () => {
    clock.set('2026-03-29T06:00:00Z');
    await procs[0]!.scheduler.tick();
    await procs[0]!.close();
    procs.shift();
    const restarted = await proc();
    clock.set('2026-03-29T06:07:00Z');
    expect(await restarted.scheduler.tick()).toEqual([]);
    expect(poster.posts).toHaveLength(1);
  });

  it('posts once when two processes share the store and check at the same minute', async () => {
    const second = await proc();
    clock.set('2026-03-29T06:00:00Z');
    const results = (await Promise.all([procs[0]!.scheduler.tick(), second.scheduler.tick()])).flat();
    expect(poster.posts).toHaveLength(1);
    expect(results.filter((r) => r.result === 'posted')).toHaveLength(1);
    // The loser of a race on the claim itself: a second insert of the same (server, date) fails.
    expect(
      await second.ledger.claim({
        guildId: GUILD,
        date: '2026-03-28',
        by: 'other',
        at: '2026-03-29T06:00:00Z',
      }),
    ).toBe(false);
  });

  it('posts late with a note when the bot comes back within the catch-up window', async () => {
    clock.set('2026-03-29T09:00:00Z');
    expect(await procs[0]!.scheduler.tick()).toEqual([
      { guildId: GUILD, date: '2026-03-28', result: 'posted-late' },
    ]);
    expect(poster.posts[0]!.message.embeds[0]!.description).toMatch(
      /^\*Posted late: the bot was offline at 08:00 \(Europe\/Berlin\)\.\*/,
    );
  });

  it('skips the day and records why when the bot comes back after the window', async () => {
    clock.set('2026-03-29T12:01:00Z');
    expect(await procs[0]!.scheduler.tick()).toEqual([
      { guildId: GUILD, date: '2026-03-28', result: 'skipped' },
    ]);
    expect(poster.posts).toEqual([]);
    const rec = (await procs[0]!.ledger.get(GUILD, '2026-03-28'))!;
    expect(rec.status).toBe('skipped');
    expect(rec.note).toMatch(/beyond the 6 h catch-up window/);
    clock.set('2026-03-29T12:30:00Z');
    expect(await procs[0]!.scheduler.tick()).toEqual([]);
  });

  it('honours a shorter catch-up window from the config', async () => {
    await procs[0]!.close();
    procs.shift();
    const p = await proc(1);
    clock.set('2026-03-29T07:30:00Z');
    expect(await p.scheduler.tick()).toEqual([{ guildId: GUILD, date: '2026-03-28', result: 'skipped' }]);
  });

  it('posts nothing on an empty day, unless the server asked to be told', async () => {
    await saveDigestSettings(procs[0]!.settings, GUILD, settingsOf({ updatedAt: '2026-03-29T12:00:00Z' }));
    clock.set('2026-03-30T06:00:00Z');
    expect(await procs[0]!.scheduler.tick()).toEqual([
      { guildId: GUILD, date: '2026-03-29', result: 'empty' },
    ]);
    expect(poster.posts).toEqual([]);
    await saveDigestSettings(
      procs[0]!.settings,
      GUILD,
      settingsOf({ announceEmpty: true, updatedAt: '2026-03-29T12:00:00Z' }),
    );
    clock.set('2026-03-31T06:00:00Z');
    expect(await procs[0]!.scheduler.tick()).toEqual([
      { guildId: GUILD, date: '2026-03-30', result: 'posted' },
    ]);
    expect(poster.posts[0]!.message.embeds[0]!.description).toBe('No new articles on Monday, 30 March 2026.');
  });

  it('starts the day after a digest is set up past its posting time, and stops when turned off', async () => {
    await saveDigestSettings(procs[0]!.settings, GUILD, settingsOf({ updatedAt: '2026-03-29T07:00:00Z' }));
    clock.set('2026-03-29T07:01:00Z');
    expect(await procs[0]!.scheduler.tick()).toEqual([]);
    await saveDigestSettings(procs[0]!.settings, GUILD, settingsOf({ enabled: false }));
    clock.set('2026-03-30T06:00:00Z');
    expect(await procs[0]!.scheduler.tick()).toEqual([]);
  });

  it('posts stories in order of outlets covering them, within the embed limit', async () => {
    clock.set('2026-03-29T06:00:00Z');
    await procs[0]!.scheduler.tick();
    const d = poster.posts[0]!.message.embeds[0]!.description!;
    const order = ['Tollmarsh', 'Riverton', 'Kessel'].map((w) => d.indexOf(w));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(d).toMatch(/Covered by 3 outlets/);
    expect(d).toMatch(/Covered by 2 outlets/);
    expect(d.length).toBeLessThanOrEqual(4096);
  });
});

describe('the digest scheduler after a long outage', () => {
  it('records yesterday’s missed digest as skipped and still posts today’s', async () => {
    const p = procs[0]!;
    await saveDigestSettings(p.settings, GUILD, settingsOf({ updatedAt: '2026-03-01T00:00:00Z' }));
    clock.set('2026-03-29T06:00:00Z');
    expect(await p.scheduler.tick()).toEqual([
      { guildId: GUILD, date: '2026-03-27', result: 'skipped' },
      { guildId: GUILD, date: '2026-03-28', result: 'posted' },
    ]);
    expect(poster.posts).toHaveLength(1);
  });
});
