import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cli, tempDb } from '../helpers/cli.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const RADIO = 'example-valleyradio-2026-03-05';
const GAZETTE = 'example-gazette-2026-03-07';
const BEAMS =
  'City engineer Tomas Okafor told the city council that three support beams, not one, had cracked.';

describe('newsroom ask and /ask', () => {
  const t = tempDb();
  beforeAll(async () => {
    expect((await cli(['--db', t.db, 'ingest', examples])).code).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('answers from the given articles with --json giving the answer model of kind "answer"', async () => {
    const r = await cli(['--db', t.db, '--json', 'ask', 'how many beams cracked?', '--article', RADIO]);
    expect(r.code).toBe(0);
    const answer = r.json();
    expect(answer.kind).toBe('answer');
    expect(answer.query).toBe('how many beams cracked?');
    expect(answer.items[0].text).toBe(BEAMS);
    expect(answer.items[0].citations[0]).toMatchObject({ source: 1, text: BEAMS });
    expect(answer.sources.map((s: { articleId: string }) => s.articleId)).toHaveLength(1);
    expect(answer.notFound).toBeUndefined();
  });

  it('says the stored articles do not say, above the closest cited sentence', async () => {
    const r = await cli([
      '--db',
      t.db,
      'ask',
      'what',
      'colour',
      'are',
      'the',
      'ferries?',
      '--article',
      GAZETTE,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Question: what colour are the ferries?\n\nThe stored articles don't say. The closest passages:\n\n- Port Alder will run ferries every ten minutes",
    );
  });

  it('answers /ask in the console', async () => {
    const r = await cli(['--db', t.db, 'console'], {
      stdinText: `/ask question:how many beams cracked? article:${RADIO}\n`,
    });
    expect(r.stdout).toContain(`Question: how many beams cracked?\n\n- ${BEAMS} [1]`);
  });

  it('needs something to read: exit 1 with a one-line error', async () => {
    const r = await cli(['--db', t.db, '--json', 'ask', 'who paid?']);
    expect(r.code).toBe(1);
    expect(r.json().error.message).toBe('Say what to read: give at least one article or a story.');
  });
});
