import type { CliSession } from '../session.js';
import { printJson, printLine, ExitCode } from '../io.js';
import { formatArticle } from '../format.js';
import { UserError } from '../../errors.js';
import { sentenceDiff, versionsSummary } from '../../articles/sentence-diff.js';
import type { ArticleVersion } from '../../store/article-store.js';

/**
 * `newsroom show <id>`: the whole stored record; the text exactly as citation offsets see it.
 * `--versions`: its earlier versions instead, and what the last update changed, sentence by sentence.
 */
export async function runShow(
  session: CliSession,
  options: { id: string; versions?: boolean },
): Promise<number> {
  const { store } = await session.context();
  const article = await store.get(options.id.trim(), { guild: session.scope });
  if (!article) throw new UserError(`No stored article with id "${options.id}".`, 'not_found');
  if (options.versions) {
    const versions = await store.versions(article.id, { guild: session.scope });
    const last = versions.length > 0 ? sentenceDiff(versions.at(-1)!.text, article.text) : null;
    if (session.io.json) {
      printJson(session.io, {
        id: article.id,
        summary: versionsSummary(versions, article.text),
        versions,
        last,
      });
    } else {
      printLine(session.io, versionsText(article.id, versions, article.text));
    }
    return ExitCode.ok;
  }
  if (session.io.json) {
    printJson(session.io, { ...article, raw: await store.getRaw(article.id) });
  } else {
    printLine(session.io, formatArticle(article));
  }
  return ExitCode.ok;
}

function versionsText(id: string, versions: readonly ArticleVersion[], current: string): string {
  const summary = versionsSummary(versions, current);
  if (summary === null) return `${id}: never updated.`;
  const out = [`${id}: ${summary}`, ''];
  for (const v of versions)
    out.push(`version ${v.version}, replaced ${v.replacedAt.slice(0, 16).replace('T', ' ')}: ${v.title}`);
  const diff = sentenceDiff(versions.at(-1)!.text, current);
  out.push('', 'Last update:');
  for (const s of diff.removed) out.push(`- ${s}`);
  for (const s of diff.added) out.push(`+ ${s}`);
  return out.join('\n');
}
