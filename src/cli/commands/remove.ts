import type { CliSession } from '../session.js';
import { printJson, printLine, ExitCode } from '../io.js';
import { UserError } from '../../errors.js';

/** `newsroom remove <id>` or `newsroom remove --examples`. */
export async function runRemove(
  session: CliSession,
  options: { id?: string | undefined; examples?: boolean | undefined },
): Promise<number> {
  const { store } = await session.context();
  if (options.examples) {
    const removed = await store.removeExamples();
    if (session.io.json) printJson(session.io, { removed });
    else printLine(session.io, `Removed ${removed} example article${removed === 1 ? '' : 's'}.`);
    return ExitCode.ok;
  }
  const id = options.id?.trim();
  if (!id) throw new UserError('Name the article to remove (an id), or use --examples.');
  const removed = await store.remove(id, { guild: session.scope });
  if (!removed) throw new UserError(`No stored article with id "${id}".`, 'not_found');
  if (session.io.json) printJson(session.io, { removed: 1, id });
  else printLine(session.io, `Removed ${id}.`);
  return ExitCode.ok;
}
