import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDb } from '../helpers/cli.js';
import {
  block,
  cite,
  documentsOf,
  startFakeAnthropic,
  type FakeAnthropic,
  type RecordedRequest,
} from '../helpers/fake-anthropic.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const MADE_UP = 'We have never had a single complaint about this bridge';

/** A reply with one real quotation from the documents and one made-up quote citing the same passage. */
function realAndMadeUp(req: RecordedRequest) {
  const docs = documentsOf(req);
  for (let i = 0; i < docs.length; i++) {
    const m = /[“"]([^”"]{10,})[”"]/.exec(docs[i]!.source!.data!);
    if (!m) continue;
    const c = cite(req, i, m[0]);
    return {
      content: [
        block('SPEAKER: A Spokesperson | KIND: direct | QUOTE: ', c),
        block(`"${m[1]}"`, c),
        block('\nSPEAKER: A Spokesperson | KIND: direct | QUOTE: '),
        block(`"${MADE_UP}"`, c),
      ],
    };
  }
  throw new Error('no quotation in the documents');
}

describe('done when: a made-up quote from Claude never reaches the user', () => {
  const t = tempDb();
  let fake: FakeAnthropic;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    fake = await startFakeAnthropic();
    fake.reply(realAndMadeUp);
    env = { ANTHROPIC_API_KEY: 'sk-ant-test-done-when', ANTHROPIC_BASE_URL: fake.url };
    expect((await cli(['--db', t.db, 'ingest', examples])).code).toBe(0);
  });
  afterAll(async () => {
    await fake.close();
    t.cleanup();
  });

  it('on the command line: the quote is absent and the answer says one was removed', async () => {
    const r = await cli(['--db', t.db, 'whosaid', 'bridge'], { env });
    expect(r.code).toBe(0);
    expect(fake.messageRequests().length).toBeGreaterThan(0);
    expect(r.stdout).toContain('(claude:claude-sonnet-5-5,');
    expect(r.stdout).not.toContain(MADE_UP);
    expect(r.stdout).toContain('! Removed 1 quote that does not appear verbatim in its source.');
    const json = (await cli(['--db', t.db, '--json', 'whosaid', 'bridge', 'closure'], { env })).json();
    expect(json.items).toHaveLength(1);
    expect(json.warnings).toEqual(['Removed 1 quote that does not appear verbatim in its source.']);
    expect(Object.keys(json.usage).sort()).toEqual([
      'cacheCreationInputTokens',
      'cacheReadInputTokens',
      'inputTokens',
      'outputTokens',
    ]);
  });

  it('in the console: the same', async () => {
    const r = await cli(['--db', t.db, 'console'], { env, stdinText: '/whosaid query:bridge ferries\n' });
    expect(r.stdout).toContain('(claude:claude-sonnet-5-5,');
    expect(r.stdout).not.toContain(MADE_UP);
    expect(r.stdout).toContain('Removed 1 quote that does not appear verbatim in its source.');
    expect(fake.replyErrors).toEqual([]);
  });
});
