import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerButtons, answerCustomId, parseAnswerCustomId } from '../../src/discord/answer-buttons.js';
import { createCommandLimits, createRateLimiter } from '../../src/discord/rate-limit.js';
import { createProgressEditor, readingMessage, streamingMessage } from '../../src/discord/progress.js';
import { maskedLink, safeLinkUrl, safeText } from '../../src/discord/render/escape.js';
import { choiceName } from '../../src/discord/lookups.js';
import { createLogger } from '../../src/log.js';

describe('rate limits', () => {
  it('allows `limit` events per window and says how long until the oldest leaves it', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    limiter.hit('u', 0);
    limiter.hit('u', 10_000);
    expect(limiter.wait('u', 20_000)).toBe(40_000);
    expect(limiter.wait('u', 60_000)).toBe(0);
    expect(limiter.wait('other', 20_000)).toBe(0);
  });

  it('forgets users who acted once and never again, so memory stays bounded by recent users', () => {
    const limiter = createRateLimiter({ limit: 5, windowMs: 60_000 });
    // 10,000 distinct users, one command each, 50 a second (over 200 s).
    for (let i = 0; i < 10_000; i++) limiter.hit(`user-${i}`, i * 20);
    // At most the users of the last minute (3,000) and those of one sweep interval more.
    expect(limiter.size).toBeLessThanOrEqual(3_000 + 3_000);
    expect(limiter.wait('user-9999', 200_000)).toBe(0);
  });

  it('counts a command only when both the user and the server may go on', async () => {
    const limits = createCommandLimits({ userPerMinute: 5, guildPerMinute: 1 });
    expect(await limits.take('a', 'g', 0)).toBeNull();
    expect(await limits.take('b', 'g', 1000)).toBe(
      'This server is asking a lot right now: try again in 59 s.',
    );
    // The refused command did not count against user b.
    expect(await limits.take('b', 'h', 1000)).toBeNull();
  });
});

describe('answer button ids', () => {
  it('round-trips every action and fits in 100 characters', () => {
    for (const action of ['page', 'sources', 'copy', 'indicator'] as const) {
      const id = answerCustomId('abcdefgh23', action, 7);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseAnswerCustomId(id)).toEqual({ key: 'abcdefgh23', action, page: 7 });
    }
  });

  it('rejects tampered or foreign ids', () => {
    for (const id of [
      'nr:abcdefgh23:x:0',
      'nr:ABCDEFGH23:p:0',
      'nr:abc:p:0',
      'nr:abcdefgh23:p:99999',
      'nr:abcdefgh23:p:1:extra',
      'cmd:digest:x',
      '',
    ]) {
      expect(parseAnswerCustomId(id)).toBeNull();
    }
  });

  it('shows paging buttons only for several pages, disabled at the ends, on a row above Sources, Copy and Ask', () => {
    const labels = (rows: ReturnType<typeof answerButtons>) =>
      rows.map((r) => r.components.map((b) => ['label' in b ? b.label : '', b.disabled]));
    expect(labels(answerButtons('abcdefgh23', 0, 1))).toEqual([
      [
        ['Sources', false],
        ['Copy', false],
        ['Ask', false],
      ],
    ]);
    expect(labels(answerButtons('abcdefgh23', 2, 3))).toEqual([
      [
        ['◀ Previous', false],
        ['3/3', true],
        ['Next ▶', true],
      ],
      [
        ['Sources', false],
        ['Copy', false],
        ['Ask', false],
      ],
    ]);
  });
});

describe('progress editor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('edits at most once per interval, always with the newest text, and never after stop', async () => {
    const edits: string[] = [];
    let now = 0;
    const editor = createProgressEditor(async (c) => void edits.push(c), {
      intervalMs: 1000,
      log: createLogger('silent'),
      now: () => now,
    });
    editor.show('a');
    await vi.advanceTimersByTimeAsync(0);
    for (const text of ['b', 'c', 'd']) {
      now += 100;
      editor.show(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(edits).toEqual(['a']);
    now = 1000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(edits).toEqual(['a', 'd']);
    editor.show('e');
    await editor.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(edits).toEqual(['a', 'd']);
  });

  it('words progress lines', () => {
    expect(readingMessage(7, 3)).toBe('Reading 7 articles from 3 outlets…');
    expect(readingMessage(1, 1)).toBe('Reading 1 article from 1 outlet…');
    const long = streamingMessage('Reading…', 'word '.repeat(1000));
    expect(long.length).toBeLessThanOrEqual(2000);
    expect(long.startsWith('Reading…\n>>> …')).toBe(true);
  });
});

describe('escaping', () => {
  it('keeps only http(s) links and encodes what would end a masked link', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('not a url')).toBeNull();
    expect(safeLinkUrl('https://x.test/a_(b)')).toBe('https://x.test/a_%28b%29');
    expect(maskedLink('T [1]', 'ftp://x.test')).toBe('T \\[1\\]');
  });

  it('escapes line-start markdown and strips control characters', () => {
    expect(safeText('# Heading\n> quote\n- item\n1. one')).toBe('\\# Heading\n\\> quote\n\\- item\n\\1. one');
    expect(safeText('a\u202eb\u0007c')).toBe('a b c');
  });

  it('cuts autocomplete labels to 100 characters on one line', () => {
    expect(choiceName('x'.repeat(150))).toHaveLength(100);
    expect(choiceName('a\nb\tc')).toBe('a b c');
  });
});
