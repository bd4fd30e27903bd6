import { visibleDate } from '../metadata/visible-date.js';

/**
 * Bylines and datelines as pages print them above the text. Readability reads a byline box whole
 * ("By GILLIAN MOHNEY\n March 11, 2015 3:46 PM", "By Brenda Goodman, MA\n WebMD Health News"):
 * the name is its first line without "By", and a date on a later line is the printed date.
 */
export function splitByline(printed: string | null | undefined): {
  name: string | null;
  date: string | null;
} {
  if (!printed) return { name: null, date: null };
  const lines = printed
    .split(/\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  let first = lines[0] ?? '';
  const rest = lines.slice(1);
  // A date run into the name when the box had no line break: "Oona FalkPublished 6:15 PM EDT, …".
  const glued = DATE_START.exec(first);
  if (glued && glued.index > 0) {
    rest.unshift(first.slice(glued.index));
    first = first.slice(0, glued.index).trim();
  }
  const name = first.replace(/^(?:by|par|von|por|di)\s*:?\s+/i, '').trim();
  const date = rest.map(visibleDate).find((d) => d !== null) ?? null;
  return { name: name === '' || visibleDate(name) !== null ? null : name, date };
}

// Where a printed date begins: "Published…", "Updated…", or a month name with a day and a year.
const DATE_START =
  /(?:First published|Published|Updated|Posted)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}/i;

// A date printed as a paragraph of its own sits near the top.
const DATELINE_WINDOW = 6;

/**
 * Takes paragraphs that are only a printed date ("Feb. 21, 2019") out of the first few of a page's
 * text, and returns the first such date: it belongs in the metadata, not in the article text.
 */
export function takeDatelines(body: string): { body: string; date: string | null } {
  const paragraphs = body.split('\n\n');
  let date: string | null = null;
  const kept = paragraphs.filter((p, i) => {
    const found = i < DATELINE_WINDOW ? visibleDate(p) : null;
    date ??= found;
    return found === null;
  });
  return { body: kept.join('\n\n'), date };
}
