import type { ArticleDraft } from '../article.js';
import { buildDraft } from '../draft.js';
import { UserError } from '../../errors.js';

/** One record found in a JSON or JSON Lines input, or why it could not be read. */
export type JsonRecord = { source: string; record: unknown } | { source: string; error: string };

/** Field names accepted for each article field, first match wins. */
const FIELDS = {
  title: ['title', 'headline'],
  text: ['text', 'body', 'content', 'articleBody', 'article_body'],
  url: ['url', 'link'],
  canonicalUrl: ['canonical_url', 'canonicalUrl', 'canonical'],
  published: [
    'published_at',
    'publishedAt',
    'date',
    'pubDate',
    'datePublished',
    'date_published',
    'published',
  ],
  outlet: ['outlet', 'source', 'publisher', 'site_name', 'siteName'],
  byline: ['author', 'byline', 'authors'],
} as const;

/**
 * The records of a JSON input: one article object, an array of them, or an object holding
 * them under `articles` or `items`; for JSON Lines, one object per non-empty line. Records of
 * an array or JSON Lines file are labelled `source#n` (1-based: the array position or line number).
 * A JSON file that does not parse is a UserError; a bad JSON Lines line only fails that line.
 */
export function jsonRecords(content: string, source: string, kind: 'json' | 'jsonl'): JsonRecord[] {
  if (kind === 'jsonl') {
    const out: JsonRecord[] = [];
    content.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      const label = `${source}#${String(i + 1)}`;
      try {
        out.push({ source: label, record: JSON.parse(line) as unknown });
      } catch (err) {
        out.push({
          source: label,
          error: `invalid JSON on line ${String(i + 1)}: ${(err as Error).message}`,
        });
      }
    });
    return out;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (err) {
    throw new UserError(`invalid JSON: ${(err as Error).message}`);
  }
  const list = listOf(parsed);
  if (list === null) return [{ source, record: parsed }];
  return list.map((record, i) => ({ source: `${source}#${String(i + 1)}`, record }));
}

function listOf(parsed: unknown): unknown[] | null {
  if (Array.isArray(parsed)) return parsed as unknown[];
  if (isObject(parsed)) {
    for (const key of ['articles', 'items']) if (Array.isArray(parsed[key])) return parsed[key] as unknown[];
  }
  return null;
}

/** A draft from one JSON article record. Throws a UserError for a record that is not an article. */
export function draftFromRecord(record: unknown, source: string): ArticleDraft {
  if (!isObject(record)) throw new UserError('record is not a JSON object');
  const text = pick(record, FIELDS.text);
  if (text === null || text.trim() === '')
    throw new UserError('record has no text (expected a text, body or content field)');
  const id = record.id;
  return buildDraft({
    body: text,
    title: pick(record, FIELDS.title),
    url: pick(record, FIELDS.url),
    canonicalUrl: pick(record, FIELDS.canonicalUrl),
    published: pick(record, FIELDS.published),
    outlet: pick(record, FIELDS.outlet),
    byline: pick(record, FIELDS.byline),
    externalId: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
    raw: { kind: 'json', source, content: JSON.stringify(record) },
  });
}

/** The first usable string among the names: a string, a number, `{ name }`, or a list of those joined. */
function pick(record: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = asText(record[name]);
    if (value !== null && value.trim() !== '') return value;
  }
  return null;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((v): v is string => v !== null && v.trim() !== '');
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (isObject(value)) return asText(value.name);
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
