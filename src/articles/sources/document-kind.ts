import { looksLikeFeed } from '../formats/feed.js';
import { kindOfPath, type FileKind } from './kinds.js';

/** What a fetched document is read as. */
export type DocumentKind = FileKind | 'feed';

/** A fetched document as far as its kind is concerned. */
export interface DocumentFacts {
  /** The Content-Type header, parameters included, or null when the server sent none. */
  contentType: string | null;
  /** The document's address: its path's file name helps when the type says nothing. */
  url: string;
  text: string;
}

// Types that only say "some bytes": the file name decides (a Discord attachment of a .md file
// often arrives as application/octet-stream).
const UNTYPED = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/x-download']);
const MARKDOWN = new Set(['text/markdown', 'text/x-markdown', 'text/x-gfm']);

/**
 * Decides how a fetched document is read, by its Content-Type, its file name and a look at its
 * first element. Null when it is none of the formats read (an image, a PDF…).
 */
export function documentKind(doc: DocumentFacts): DocumentKind | null {
  const type = (doc.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const named = fileKindOf(doc.url);
  if (looksLikeFeed(doc.text, doc.contentType)) return 'feed';
  if (MARKDOWN.has(type)) return 'markdown';
  if (type.includes('json')) return named === 'jsonl' ? 'jsonl' : 'json';
  if (type === 'text/plain') return named === 'markdown' ? 'markdown' : 'text';
  if (UNTYPED.has(type) && named !== null) return named;
  if (type === '' || type.includes('html') || /^\s*<(!doctype html|html)/i.test(doc.text)) return 'html';
  return null;
}

/** The kind the last segment of a URL's path names (`/attachments/1/notes.md` → markdown). */
function fileKindOf(url: string): FileKind | null {
  try {
    const path = decodeURIComponent(new URL(url).pathname);
    return kindOfPath(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return null;
  }
}
