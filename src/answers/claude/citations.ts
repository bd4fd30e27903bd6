import type { DraftCitation } from '../answer.js';
import { mapToArticle, type SourceDocument } from './documents.js';

/** The fields of an API `char_location` citation this adapter reads (other citation types are ignored). */
export interface CharLocation {
  type: string;
  document_index?: number;
  start_char_index?: number;
  end_char_index?: number;
  cited_text?: string;
}

/**
 * Turns one API citation into exact article citations, or null when it cannot be trusted: not a
 * `char_location`, an unknown document, a range outside the document, or a `cited_text` that is not
 * the document text at that range (whitespace aside). A range crossing a passage separator becomes
 * one citation per passage. Offsets are read as UTF-16 indices, or as code points when only that
 * reading matches (text with characters outside the BMP).
 */
export function resolveCitation(docs: readonly SourceDocument[], c: CharLocation): DraftCitation[] | null {
  if (c.type !== 'char_location') return null;
  const doc = Number.isInteger(c.document_index) ? docs[c.document_index!] : undefined;
  const start = c.start_char_index;
  const end = c.end_char_index;
  if (!doc || !Number.isInteger(start) || !Number.isInteger(end) || typeof c.cited_text !== 'string')
    return null;
  const range = locate(doc.data, start!, end!, c.cited_text);
  if (!range) return null;
  const text = doc.article.text;
  const out = mapToArticle(doc, range.start, range.end).map((s) => ({
    articleId: doc.article.id,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
  }));
  return out.length > 0 ? out : null;
}

function locate(
  data: string,
  start: number,
  end: number,
  cited: string,
): { start: number; end: number } | null {
  if (matches(data, start, end, cited)) return { start, end };
  if (/[\uD800-\uDBFF]/.test(data)) {
    const s = codePointToUtf16(data, start);
    const e = codePointToUtf16(data, end);
    if (s !== null && e !== null && matches(data, s, e, cited)) return { start: s, end: e };
  }
  return null;
}

function matches(data: string, start: number, end: number, cited: string): boolean {
  if (start < 0 || end <= start || end > data.length) return false;
  return squash(data.slice(start, end)) === squash(cited) && squash(cited) !== '';
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function codePointToUtf16(s: string, cp: number): number | null {
  let i = 0;
  for (let n = 0; n < cp; n++) {
    if (i >= s.length) return null;
    i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return i <= s.length ? i : null;
}
