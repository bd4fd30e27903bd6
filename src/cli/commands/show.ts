import type { CliSession } from '../session.js';
import { printJson, printLine, ExitCode } from '../io.js';
import { formatArticle } from '../format.js';
import { UserError } from '../../errors.js';

/** `newsroom show <id>`: the whole stored record; the text exactly as citation offsets see it. */
export async function runShow(session: CliSession, options: { id: string }): Promise<number> {
  const { store } = await session.context();
  const article = await store.get(options.id.trim(), { guild: session.scope });
  if (!article) throw new UserError(`No stored article with id "${options.id}".`, 'not_found');
  if (session.io.json) {
    printJson(session.io, { ...article, raw: await store.getRaw(article.id) });
  } else {
    printLine(session.io, formatArticle(article));
  }
  return ExitCode.ok;
}
