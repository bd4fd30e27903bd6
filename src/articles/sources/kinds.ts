/** The input formats recognised by file extension. */
export type FileKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const BY_EXTENSION: Record<string, FileKind> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The extensions accepted, for messages. */
export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

/** The kind of a file by its (case-insensitive) extension, or null when unsupported. */
export function kindOfPath(path: string): FileKind | null {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (dot <= slash + 1) return null;
  return BY_EXTENSION[path.slice(dot).toLowerCase()] ?? null;
}
