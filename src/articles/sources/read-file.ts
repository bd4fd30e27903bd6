import { open } from 'node:fs/promises';
import { UserError } from '../../errors.js';
import { declaredCharset, decodeBytes } from '../fetch/charset.js';

/** Options for {@link readInputFile}. */
export interface ReadInputOptions {
  /** Largest file accepted, in bytes (checked before reading). */
  maxBytes: number;
  /** HTML files may declare a legacy charset in a `<meta>` tag; other files must be UTF-8. */
  html?: boolean;
}

/**
 * Reads one input file as text, refusing (with a UserError) files that are too large, empty,
 * or binary: NUL bytes or invalid UTF-8 are "not valid UTF-8 text".
 */
export async function readInputFile(path: string, options: ReadInputOptions): Promise<string> {
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    const { size } = await handle.stat();
    if (size > options.maxBytes) {
      throw new UserError(
        `file is too large (${formatBytes(size)}; the limit is ${formatBytes(options.maxBytes)})`,
      );
    }
    if (size === 0) throw new UserError('empty file');
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (bytes.length > options.maxBytes)
    throw new UserError(`file is too large (the limit is ${formatBytes(options.maxBytes)})`);
  if (bytes.includes(0)) throw new UserError('not valid UTF-8 text (the file looks binary)');
  const declared = options.html ? declaredCharset(bytes) : null;
  let text: string;
  if (declared && !/^utf-?8$/i.test(declared)) {
    text = decodeBytes(bytes, declared);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UserError('not valid UTF-8 text');
    }
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new UserError('empty file');
  return text;
}

/** "5 MB", "1.5 MB", "820 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${String(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
  if (bytes >= 1024) return `${String(Math.round(bytes / 1024))} KB`;
  return `${String(bytes)} bytes`;
}
