import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { DigestLedger } from '../../src/digest/ledger.js';
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

// The digest for Saturday 28 March 2026 is due at 08:00 Berlin time, 06:00 UTC on the 29th.
const DAY = '2026-03-28';
const DUE = '2026-03-29T06:00:00Z';

let dir: string;
let path: string;
let clock: ReturnType<typeof fixedClock>;
let poster: FakePoster;
let procs: Array<Awaited<ReturnType<typeof openProcess>>>;

async function proc(catchUpHours = 6, ledgerOf?: (l: DigestLedger) => DigestLedger) {
  const p = await openProcess(path, clock, poster, catchUpHours, ledgerOf);
  procs.push(p);
  return p;
}

const serverError = () => new Error('500 Internal Server Error');

/** A ledger whose record of a successful post throws (the process dies between post and record). */
function recordFails(ledger: DigestLedger): DigestLedger {
  return {
    claim: (a) => ledger.claim(a),
    retake: (a) => ledger.retake(a),
    get: (g, d) => ledger.get(g, d),
    recent: (g, n) => ledger.recent(g, n),
    forget: (g) => ledger.forget(g),
    guilds: () => ledger.guilds(),
    finish: async () => {
      throw new Error('the process died before recording');
    },
  };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsroom-digest-retry-'));
  path = join(dir, 'newsroom.db');
  clock = fixedClock('2026-03-28T12:00:00Z');
  poster = fakePoster();
  procs = [];
  const p = await proc();
  await saveDay(p.store, DAY, ['fx-bridge-1', 'fx-bridge-2', 'fx-strike-1']);
  await saveDigestSettings(p.settings, GUILD, settingsOf());
});
afterEach(async () => {
  for (const p of procs) await p.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('digest retries', () => {
  it('retries a post that failed with server errors, with backoff, and posts it once', async () => {
    const p = procs[0]!;
    poster.failPosts.push(serverError(), serverError());
    clock.set(DUE);
    expect(await p.scheduler.tick()).toEqual([{ guildId: GUILD, date: DAY, result: 'failed' }]);
    expect(await p.ledger.get(GUILD, DAY)).toMatchObject({
      status: 'failed',
      attempts: 1,
      retryAt: '2026-03-29T06:01:00.000Z',
    });
    clock.set('2026-03-29T06:00:30Z');
    expect(await p.scheduler.tick()).toEqual([]);
    clock.set('2026-03-29T06:01:00Z');
    expect(await p.scheduler.tick()).toEqual([{ guildId: GUILD, date: DAY, result: 'failed' }]);
    expect((await p.ledger.get(GUILD, DAY))!.retryAt).toBe('2026-03-29T06:03:00.000Z');
    clock.set('2026-03-29T06:02:59Z');
    expect(await p.scheduler.tick()).toEqual([]);
    clock.set('2026-03-29T06:03:00Z');
    expect(await p.scheduler.tick()).toEqual([{ guildId: GUILD, date: DAY, result: 'posted' }]);
    clock.set('2026-03-29T06:30:00Z');
    expect(await p.scheduler.tick()).toEqual([]);
    expect(poster.posts.map((x) => x.id)).toEqual(['msg-1']);
    expect(await p.ledger.get(GUILD, DAY)).toMatchObject({
      status: 'posted',
      attempts: 3,
      messageIds: ['msg-1'],
      retryAt: null,
    });
  });

  it('records a post that went out before the process died instead of posting it again', async () => {
    const dying = await proc(6, recordFails);
    clock.set(DUE);
    expect(await dying.scheduler.tick()).toEqual([]);
    expect(poster.posts).toHaveLength(1);
    expect(poster.posts[0]!.message.embeds[0]!.footer!.text).toMatch(/^ref nd-20260328-[0-9a-f]{6} · /);
    expect(await dying.ledger.get(GUILD, DAY)).toMatchObject({ status: 'claimed', messageIds: [] });

    const restarted = await proc();
    clock.set('2026-03-29T06:09:00Z');
    expect(await restarted.scheduler.tick()).toEqual([]);
    clock.set('2026-03-29T06:10:01Z');
    expect(await restarted.scheduler.tick()).toEqual([{ guildId: GUILD, date: DAY, result: 'recovered' }]);
    expect(poster.posts).toHaveLength(1);
    expect(await restarted.ledger.get(GUILD, DAY)).toMatchObject({
      status: 'posted',
      attempts: 2,
      messageIds: ['msg-1'],
      note: 'found in the channel: an earlier attempt posted it without recording',
    });
  });

  it('posts a digest whose process died before posting, once the claim has gone stale', async () => {
    const first = procs[0]!;
    clock.set(DUE);
    expect(
      await first.ledger.claim({
        guildId: GUILD,
        date: DAY,
        by: 'dead:1:aaaaaa',
        at: DUE,
        channelId: CHANNEL,
      }),
    ).toBe(true);
    clock.set('2026-03-29T06:05:00Z');
    expect(await first.scheduler.tick()).toEqual([]);
    clock.set('2026-03-29T06:10:01Z');
    expect(await first.scheduler.tick()).toEqual([{ guildId: GUILD, date: DAY, result: 'posted-late' }]);
    expect(poster.posts).toHaveLength(1);
  });

  it('lets only one of two processes retake a failed post', async () => {
    const second = await proc();
    poster.failPosts.push(serverError());
    clock.set(DUE);
    await procs[0]!.scheduler.tick();
    clock.set('2026-03-29T06:01:00Z');
    const results = (await Promise.all([procs[0]!.scheduler.tick(), second.scheduler.tick()])).flat();
    expect(results.map((r) => r.result).sort()).toEqual(['lost-claim', 'posted']);
    expect(poster.posts).toHaveLength(1);
  });

  it('lets only one of two restarted processes take over a stale claim', async () => {
    const dying = await proc(6, recordFails);
    clock.set(DUE);
    await dying.scheduler.tick();
    const [a, b] = [await proc(), await proc()];
    clock.set('2026-03-29T06:11:00Z');
    const results = (await Promise.all([a.scheduler.tick(), b.scheduler.tick()])).flat();
    expect(results.map((r) => r.result).sort()).toEqual(['lost-claim', 'recovered']);
    expect(poster.posts).toHaveLength(1);
  });

  it('does not post again when the channel cannot be read before a retry', async () => {
    const p = procs[0]!;
    poster.failPosts.push(serverError());
    poster.failReads.push(new Error('Missing Access'));
    clock.set(DUE);
    await p.scheduler.tick();
    clock.set('2026-03-29T06:01:00Z');
    expect(await p.scheduler.tick()).toEqual([{ guildId: GUILD, date: DAY, result: 'failed' }]);
    expect(poster.posts).toEqual([]);
    expect((await p.ledger.get(GUILD, DAY))!.note).toMatch(
      /^could not read the channel to check for an earlier post \(attempt 2\): Missing Access/,
    );
    clock.set('2026-03-29T06:03:00Z');
    expect(await p.scheduler.tick()).toEqual([{ guildId: GUILD, date: DAY, result: 'posted' }]);
    expect(poster.posts).toHaveLength(1);
  });

  it('stops retrying at the end of the catch-up window', async () => {
    await procs[0]!.close();
    procs.shift();
    const p = await proc(1);
    for (let i = 0; i < 20; i++) poster.failPosts.push(serverError());
    clock.set(DUE);
    await p.scheduler.tick();
    const times: string[] = [];
    for (let rec = await p.ledger.get(GUILD, DAY); rec?.retryAt; rec = await p.ledger.get(GUILD, DAY)) {
      times.push(rec.retryAt);
      clock.set(rec.retryAt);
      await p.scheduler.tick();
    }
    // 1, 2, 4, 8 and 16 minutes apart; the next (30) would land past the one-hour window.
    expect(times.map((t) => t.slice(11, 16))).toEqual(['06:01', '06:03', '06:07', '06:15', '06:31']);
    expect(await p.ledger.get(GUILD, DAY)).toMatchObject({ status: 'failed', attempts: 6, retryAt: null });
    expect(poster.posts).toEqual([]);
    clock.set('2026-03-29T06:59:00Z');
    expect(await p.scheduler.tick()).toEqual([]);
  });
});
