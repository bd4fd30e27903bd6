import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorrectionNotices, type PostedAnswerEditor } from '../../src/corrections/notices.js';
import type { PostedAnswer } from '../../src/corrections/posted-answers.js';
import type { Answer } from '../../src/answers/answer.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';

const NOW = '2026-05-04T10:00:00.000Z';
const ANSWER: Answer = {
  kind: 'summary',
  query: 'q',
  engine: 'extractive',
  items: [],
  sources: [],
  warnings: [],
};

describe('correction notices', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp({ now: NOW });
  });
  afterEach(async () => app?.cleanup());

  const track = (key: string, guildId: string) =>
    app.postedAnswers.track({
      key,
      guildId,
      channelId: '1',
      messageId: key,
      interactionId: null,
      userId: '2',
      answer: ANSWER,
      read: null,
      postedAt: NOW,
    });

  function notices(editor: PostedAnswerEditor, guilds: string[]) {
    return new CorrectionNotices({
      posts: app.postedAnswers,
      corrections: app.corrections,
      editor,
      clock: app.clock,
      log: app.log,
      guilds: () => guilds,
    });
  }

  it('edits only its own servers’ flagged posts, tries a failed edit again next time, and gives up on a message that is gone', async () => {
    for (const [key, guild] of [
      ['aaaaaaaaaa', 'g1'],
      ['bbbbbbbbbb', 'g1'],
      ['cccccccccc', 'g1'],
      ['dddddddddd', 'g2'],
    ] as const)
      await track(key, guild);
    await app.postedAnswers.flag(['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd'], NOW);
    const seen: string[] = [];
    let failing = true;
    const editor: PostedAnswerEditor = {
      async markUpdated(post: PostedAnswer) {
        seen.push(post.key);
        if (post.key === 'bbbbbbbbbb') return 'gone';
        if (post.key === 'cccccccccc' && failing) throw new Error('503 from Discord');
        return 'edited';
      },
    };
    const job = notices(editor, ['g1']);
    expect(await job.tick()).toBe(1);
    expect(seen).toEqual(['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc']);
    expect((await app.postedAnswers.pendingEdits(10)).map((p) => p.key)).toEqual([
      'cccccccccc',
      'dddddddddd',
    ]);
    failing = false;
    expect(await job.tick()).toBe(1);
    expect((await app.postedAnswers.pendingEdits(10)).map((p) => p.key)).toEqual(['dddddddddd']);
  });

  it('forgets posts on the tick once they are more than 30 days old', async () => {
    await track('aaaaaaaaaa', 'g1');
    const job = notices({ markUpdated: async () => 'edited' }, ['g1']);
    app.clock.set('2026-06-03T10:00:00.000Z');
    expect(await job.purge()).toBe(0);
    app.clock.set('2026-06-03T10:00:01.000Z');
    expect(await job.purge()).toBe(1);
    expect(await app.postedAnswers.get('aaaaaaaaaa')).toBeNull();
  });
});
