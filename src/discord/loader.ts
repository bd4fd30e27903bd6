import { readdir } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command.js';

/** `commands/` at the project root, from `src/discord` (tsx, vitest) or `dist/src/discord` (built). */
export const DEFAULT_COMMANDS_DIR = new URL('../../commands/', import.meta.url);

/** A command file that does not follow the contract; the message names the file. */
export class CommandFileError extends Error {
  override readonly name = 'CommandFileError';
}

/**
 * Imports every command file (`*.ts` or `*.js`, not `.d.ts`) and checks it default-exports a
 * Command whose name equals the file name. Throws naming the file on the first malformed one:
 * a broken command must stop the bot at start-up, not vanish silently.
 */
export async function loadCommands(dir: URL | string = DEFAULT_COMMANDS_DIR): Promise<Map<string, Command>> {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const files = (await readdir(path))
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !/\.d\.ts$|\.test\./.test(f))
    .sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const where = `${basename(path)}/${file}`;
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(`${path}/${file}`).href)) as { default?: unknown };
    } catch (err) {
      throw new CommandFileError(
        `${where}: failed to load: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const command = checkCommand(mod.default, where);
    const expected = basename(file, extname(file));
    if (command.data.name !== expected) {
      throw new CommandFileError(
        `${where}: defines /${command.data.name}, but the file must be named after its command (${command.data.name}${extname(file)})`,
      );
    }
    if (commands.has(expected)) throw new CommandFileError(`${where}: /${expected} is defined twice`);
    commands.set(expected, command);
  }
  return commands;
}

function checkCommand(value: unknown, where: string): Command {
  const fail = (why: string): never => {
    throw new CommandFileError(
      `${where}: ${why} (expected \`export default { data, execute } satisfies Command\`)`,
    );
  };
  if (typeof value !== 'object' || value === null) return fail('no default export');
  const c = value as Record<string, unknown>;
  const data = c.data as Record<string, unknown> | undefined;
  if (
    typeof data !== 'object' ||
    data === null ||
    typeof data.name !== 'string' ||
    typeof data.toJSON !== 'function'
  ) {
    return fail('`data` must be a SlashCommandBuilder (a name and toJSON())');
  }
  if (typeof c.execute !== 'function') return fail('`execute` must be a function');
  for (const key of ['autocomplete', 'button'] as const) {
    if (c[key] !== undefined && typeof c[key] !== 'function')
      return fail(`\`${key}\` must be a function when present`);
  }
  try {
    (data.toJSON as () => unknown)();
  } catch (err) {
    return fail(`its definition is invalid: ${err instanceof Error ? err.message : String(err)}`);
  }
  return value as Command;
}
