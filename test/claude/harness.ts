import { Writable } from 'node:stream';
import type Keyv from 'keyv';
import { pino } from 'pino';
import type { AnswerEngine } from '../../src/answers/answer.js';
import { createEngine, type EngineChoice } from '../../src/answers/engines.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { toDraft, type FixtureArticle } from '../fixtures/answers/harbor-bridge.js';
import { startFakeAnthropic, type FakeAnthropic } from '../helpers/fake-anthropic.js';
import { openTestApp } from '../helpers/open-test-app.js';
import { scaled } from '../helpers/time-scale.js';
import { saveAll } from '../retrieval/temp-store.js';
import { COURIER, GAZETTE, WIRE } from './fixtures.js';

export const TEST_KEY = 'fake-test-key-0123456789-secret';

/** A Claude engine on the real SDK against the local fake API, over a real SQLite store in a temp dir. */
export interface Harness {
  fake: FakeAnthropic;
  store: ArticleStore;
  config: Config;
  log: Logger;
  /** Every log line written, as parsed JSON. */
  logs: Array<Record<string, unknown>>;
  /** Raw log output, to check no secret is ever written. */
  rawLog: () => string;
  keyv: Keyv;
  engine: AnswerEngine;
  /** Stored article id by fixture external id. */
  idOf: (externalId: string) => string;
  /** A new engine over the same store, fake and logger. */
  makeEngine: (o?: {
    engine?: EngineChoice;
    withCache?: boolean;
    env?: Record<string, string>;
  }) => AnswerEngine;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  articles?: FixtureArticle[];
  env?: Record<string, string>;
  withCache?: boolean;
}

export async function openHarness(o: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeAnthropic();
  const app = await openTestApp({ now: '2024-03-15T12:00:00Z' });
  const { store } = app;
  const saved = await saveAll(store, (o.articles ?? [GAZETTE, COURIER, WIRE]).map(toDraft));
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      raw.push(chunk.toString('utf8'));
      cb();
    },
  });
  const log = pino({ level: 'debug' }, sink);
  // The answer cache lives where production keeps it: the app's `answers` Keyv namespace.
  const keyv = await app.keyv('answers');
  const configFor = (env: Record<string, string> = {}) =>
    loadConfig({
      ANTHROPIC_API_KEY: TEST_KEY,
      ANTHROPIC_BASE_URL: fake.url,
      ANTHROPIC_MAX_RETRIES: '2',
      ANTHROPIC_TIMEOUT_MS: String(scaled(5000)),
      ...o.env,
      ...env,
    });
  const config = configFor();
  const makeEngine: Harness['makeEngine'] = (m = {}) =>
    createEngine({
      config: configFor(m.env),
      store,
      log,
      engine: m.engine,
      ...((m.withCache ?? o.withCache) ? { keyv } : {}),
    });
  return {
    fake,
    store,
    config,
    log,
    get logs() {
      return raw
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    rawLog: () => raw.join(''),
    keyv,
    engine: makeEngine(),
    idOf: (id) => saved.get(id)!.id,
    makeEngine,
    close: async () => {
      await fake.close();
      await app.cleanup();
    },
  };
}
