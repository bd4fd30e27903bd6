import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDb } from '../helpers/cli.js';

describe('newsroom show --versions', () => {
  const t = tempDb();
  afterAll(() => t.cleanup());
  const file = join(t.dir, 'pier.json');
  const ingest = async (text: string) => {
    writeFileSync(
      file,
      JSON.stringify({ title: 'Pier reopens', url: 'https://quay.test/pier', outlet: 'Quay Herald', text }),
    );
    return (await cli(['--db', t.db, '--json', 'ingest', file])).json().items[0];
  };

  it('lists earlier versions and the last update sentence by sentence, in text and --json', async () => {
    const { id } = await ingest('The pier will reopen on Monday. Divers checked it twice.');
    expect((await cli(['--db', t.db, 'show', id, '--versions'])).stdout).toBe(`${id}: never updated.\n`);
    expect((await ingest('The pier will reopen on Tuesday. Divers checked it twice.')).status).toBe(
      'updated',
    );
    const r = await cli(['--db', t.db, 'show', id, '--versions']);
    expect(r.stdout).toMatch(
      new RegExp(
        `^${id}: updated 1 time; last: 1 sentence changed\\n\\nversion 1, replaced 2026-11-22 12:00: Pier reopens\\n\\nLast update:\\n- The pier will reopen on Monday\\.\\n\\+ The pier will reopen on Tuesday\\.\\n$`,
      ),
    );
    const json = (await cli(['--db', t.db, '--json', 'show', id, '--versions'])).json();
    expect(json.summary).toBe('updated 1 time; last: 1 sentence changed');
    expect(json.versions[0]).toMatchObject({
      version: 1,
      text: 'The pier will reopen on Monday. Divers checked it twice.',
    });
    expect(json.last).toEqual({
      removed: ['The pier will reopen on Monday.'],
      added: ['The pier will reopen on Tuesday.'],
      changed: 1,
    });
  });
});
