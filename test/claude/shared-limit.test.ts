import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestOnDemand } from '../../src/digest/service.js';
import { startFakeAnthropic, type FakeAnthropic } from '../helpers/fake-anthropic.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';
import { saveDay } from '../digest/harness.js';

let fake: FakeAnthropic;
let app: TestApp;
let logged: Array<{ level: number; msg: string }>;

beforeEach(async () => {
  fake = await startFakeAnthropic();
  logged = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logged.push(JSON.parse(chunk.toString('utf8')) as { level: number; msg: string });
      cb();
    },
  });
  app = await openTestApp({
    now: '2025-03-10T12:00:00Z',
    log: pino({ level: 'info' }, sink),
    env: {
      ANTHROPIC_API_KEY: 'test-key-not-real',
      ANTHROPIC_BASE_URL: fake.url,
      ANTHROPIC_MAX_CONCURRENCY: '2',
      ANTHROPIC_MAX_RETRIES: '0',
      ANSWER_CACHE_TTL_SECONDS: '0',
    },
  });
  await saveDay(app.store, '2025-03-09', ['fx-bridge-1', 'fx-bridge-2', 'fx-strike-1', 'fx-merger-1']);
});
afterEach(async () => {
  await app.cleanup();
  await fake.close();
});

/** Three answers and a digest preview, all at once, as a busy bot would run them. */
async function answersAndDigestAtOnce(): Promise<void> {
  const answers = await app.answerEngine();
  await Promise.all([
    ...['bridge', 'strike', 'airline'].map((query) => answers.answer({ kind: 'summary', query })),
    app.digestEngine().then((digest) => digestOnDemand(app, digest, { date: '2025-03-09', timeZone: 'UTC' })),
  ]);
}

describe('one Claude concurrency bound and failure policy per process', () => {
  it('never has more than ANTHROPIC_MAX_CONCURRENCY requests in flight, answers and digests together', async () => {
    fake.setLatency(150);
    await answersAndDigestAtOnce();
    expect(fake.messageRequests().length).toBeGreaterThanOrEqual(5);
    expect(fake.maxInFlight()).toBe(2);
  });

  it('logs a refused key once, and then neither answers nor digests call the API', async () => {
    fake.failNext(401, 100, 'authentication_error');
    await answersAndDigestAtOnce();
    const refused = logged.filter((l) => l.msg.startsWith('Claude refused the API key'));
    expect(refused).toHaveLength(1);
    const calls = fake.messageRequests().length;
    await answersAndDigestAtOnce();
    expect(fake.messageRequests().length).toBe(calls);
  });
});
