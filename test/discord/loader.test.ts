import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CommandFileError, loadCommands } from '../../src/discord/loader.js';

describe('command loader', () => {
  it('loads every command in commands/, each file named after its command', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()]).toEqual(
      expect.arrayContaining(['article', 'ingest', 'newsroom', 'search', 'summarize', 'timeline', 'whosaid']),
    );
    for (const [name, command] of commands) {
      expect(command.data.name).toBe(name);
      const json = command.data.toJSON();
      expect(json.name).toBe(name);
      expect(json.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('declares Manage Server on /ingest and no permission on the answer commands', async () => {
    const commands = await loadCommands();
    expect(commands.get('ingest')!.data.toJSON().default_member_permissions).toBe('32');
    for (const name of ['summarize', 'timeline', 'whosaid', 'search', 'article']) {
      expect(commands.get(name)!.data.toJSON().default_member_permissions ?? null).toBeNull();
    }
  });

  describe('malformed files', () => {
    let dir: string;
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });
    const load = async (files: Record<string, string>) => {
      dir = await mkdtemp(join(tmpdir(), 'newsroom-commands-'));
      for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
      return loadCommands(dir);
    };
    const command = (name: string) =>
      `export default { data: { name: '${name}', toJSON: () => ({ name: '${name}', description: 'd' }) }, execute: async () => {} };`;

    it('throws naming a file without a default export', async () => {
      const error = await load({ 'good.mjs': command('good'), 'broken.mjs': 'export const x = 1;' }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CommandFileError);
      expect((error as Error).message).toBe(
        `${dir.split('/').at(-1)}/broken.mjs: no default export (expected \`export default { data, execute } satisfies Command\`)`,
      );
    });

    it('throws naming a file whose command has another name', async () => {
      await expect(load({ 'summary.mjs': command('summarize') })).rejects.toThrow(
        /summary\.mjs: defines \/summarize, but the file must be named after its command \(summarize\.mjs\)/,
      );
    });

    it('throws naming a file without an execute function', async () => {
      await expect(
        load({ 'nope.mjs': `export default { data: { name: 'nope', toJSON: () => ({}) } };` }),
      ).rejects.toThrow(/nope\.mjs: `execute` must be a function/);
    });

    it('throws naming a file that fails to import', async () => {
      await expect(load({ 'crash.mjs': `throw new Error('boom');` })).rejects.toThrow(
        /crash\.mjs: failed to load: boom/,
      );
    });
  });
});
