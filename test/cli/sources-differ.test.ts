import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cli, tempDb } from '../helpers/cli.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('"Sources differ" on the command line', () => {
  const t = tempDb();
  beforeAll(async () => {
    expect((await cli(['--db', t.db, 'ingest', examples])).code).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('lists the sample newsroom’s deliberate discrepancies under summarize --story, each side cited', async () => {
    const [story] = (await cli(['--db', t.db, '--json', 'stories'])).json().stories;
    const r = await cli(['--db', t.db, 'summarize', '--story', story.id]);
    expect(r.stdout).toMatch(
      /\nSources differ\n- “We are not going to take any chances …” attributed to Ruiz \[(\d)\] · Okafor \[(\d)\]\n- Ruiz quoted as “The bridge stays closed until our engineers tell me it is safe\.” \[\1\] · “The bridge stays closed until the engineers say it is safe” \[\2\]\n- vehicles: 40,000 \[\1\] · 45,000 \[\2\]\n\nSources\n/,
    );
    const json = (await cli(['--db', t.db, '--json', 'timeline', '--story', story.id])).json();
    expect(json.differences.map((d: { kind: string }) => d.kind)).toEqual([
      'attribution',
      'wording',
      'number',
    ]);
  });
});
