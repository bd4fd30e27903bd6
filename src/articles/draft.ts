import type { ArticleDraft, DateSource, RawInput } from './article.js';
import { dropBoilerplate, dropTopMatter } from './clean/clean.js';
import { stripTagList } from './clean/headline.js';
import { oneLine } from './clean/normalize.js';
import { datelineDate, normalizeDate } from './metadata/dates.js';
import { detectLanguage } from './metadata/language.js';
import { UserError } from '../errors.js';

/** What a format reader found in one input, before cleaning. */
export interface DraftFields {
  /** The body as read (plain text; may still hold boilerplate). */
  body: string;
  /** The headline from metadata, when the input has one. */
  title?: string | null | undefined;
  /** When there is no title: take the body's first paragraph as the headline and remove it (plain text files). */
  headlineInBody?: boolean;
  externalId?: string | null | undefined;
  url?: string | null | undefined;
  canonicalUrl?: string | null | undefined;
  outlet?: string | null | undefined;
  byline?: string | null | undefined;
  /** The publication date as found in metadata, in any common format. */
  published?: string | null | undefined;
  /**
   * A date the page prints by the headline or byline ("Published 5:04 PM EDT, Tue September 5,
   * 2023"), already read as ISO 8601 and taken out of the body: used when metadata has none.
   */
  printedDate?: string | null | undefined;
  raw: RawInput;
}

// A headline derived from body text is cut to a readable length.
const MAX_DERIVED_TITLE = 200;

/**
 * Turns what a reader found into a clean, dated draft: boilerplate removed, headline settled,
 * outlet from metadata or the copyright line, date from metadata or the dateline, language guessed.
 * Throws a UserError when no article text is left.
 */
export function buildDraft(fields: DraftFields): ArticleDraft {
  let title = clean(fields.title);
  // One boilerplate pass over the body; only the top-of-text rules run again once the headline is known.
  const lines = dropBoilerplate(fields.body);
  let byline = dropTopMatter(lines, { title, byline: fields.byline ?? null });
  if (title === null && fields.headlineInBody) {
    title = stripTagList(lines.kept.shift() ?? '');
    // The page may repeat the headline right below it, or put the byline there.
    const below = dropTopMatter(lines, { title, byline: fields.byline ?? null });
    byline ??= below;
  }
  const text = lines.kept.join('\n\n');
  if (text.length === 0) throw new UserError('no article text found');
  title ??= deriveTitle(text);
  const metaDate = fields.published ? normalizeDate(fields.published) : null;
  const textDate = metaDate === null ? (fields.printedDate ?? datelineDate(text)) : null;
  const publishedAtSource: DateSource =
    metaDate !== null ? 'metadata' : textDate !== null ? 'text' : 'unknown';
  return {
    externalId: clean(fields.externalId),
    url: clean(fields.url),
    canonicalUrl: clean(fields.canonicalUrl),
    title,
    outlet: clean(fields.outlet) ?? lines.outlet,
    byline: clean(fields.byline) ?? byline,
    publishedAt: metaDate ?? textDate,
    publishedAtSource,
    language: detectLanguage(`${title}\n${text}`),
    text,
    raw: fields.raw,
  };
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = oneLine(value);
  return v.length > 0 ? v : null;
}

function deriveTitle(text: string): string {
  const cut = text.indexOf('\n\n');
  const first = stripTagList(cut === -1 ? text : text.slice(0, cut));
  if (first.length <= MAX_DERIVED_TITLE) return first;
  const space = first.lastIndexOf(' ', MAX_DERIVED_TITLE);
  return `${first.slice(0, space > 0 ? space : MAX_DERIVED_TITLE)}…`;
}
