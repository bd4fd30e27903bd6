import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import { draftFromHtml } from '../formats/html.js';
import { draftFromRecord, jsonRecords } from '../formats/json.js';
import { draftFromText } from '../formats/text.js';
import { kindOfPath, SUPPORTED_EXTENSIONS, type FileKind } from './kinds.js';
import { failedItem, type InputUnit, type PendingItem } from './pending.js';
import { readInputFile } from './read-file.js';

/** Options for reading files. */
export interface FileSourceOptions {
  maxInputBytes: number;
}

/**
 * The input units of a path: the file itself, or every supported file under a directory
 * (recursively, in name order). Inside a directory, hidden entries and files of other types are
 * ignored silently (a news folder often holds images and notes); a file given explicitly with an
 * unsupported extension fails with a reason. A missing path or an empty directory fails too.
 */
export async function fileUnits(path: string, options: FileSourceOptions): Promise<InputUnit[]> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? 'error'})`;
    return [failedUnit(path, new UserError(message))];
  }
  if (info.isDirectory()) {
    const files = await walk(path, new Set());
    if (files.length === 0) {
      return [
        failedUnit(
          path,
          new UserError(`no supported files in directory (${SUPPORTED_EXTENSIONS.join(', ')})`),
        ),
      ];
    }
    return files.map(({ file, kind }) => fileUnit(file, kind, options));
  }
  const kind = kindOfPath(path);
  if (kind === null) {
    return [
      failedUnit(path, new UserError(`unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')})`)),
    ];
  }
  return [fileUnit(path, kind, options)];
}

function fileUnit(path: string, kind: FileKind, options: FileSourceOptions): InputUnit {
  return { source: path, expand: () => readFileItems(path, kind, options), batchable: true };
}

function failedUnit(source: string, error: Error): InputUnit {
  return { source, expand: () => Promise.resolve([failedItem(source, error)]) };
}

/** Reads one file and lists its articles (several for JSON arrays and JSON Lines). */
async function readFileItems(
  path: string,
  kind: FileKind,
  options: FileSourceOptions,
): Promise<PendingItem[]> {
  const content = await readInputFile(path, { maxBytes: options.maxInputBytes, html: kind === 'html' });
  switch (kind) {
    case 'text':
    case 'markdown':
      return [{ source: path, load: () => Promise.resolve().then(() => draftFromText(content, path, kind)) }];
    case 'html':
      return [{ source: path, load: () => draftFromHtml(content, { source: path }) }];
    case 'json':
    case 'jsonl': {
      const records = jsonRecords(content, path, kind);
      if (records.length === 0) throw new UserError('no articles in file');
      return records.map((r) =>
        'error' in r
          ? failedItem(r.source, new UserError(r.error))
          : {
              source: r.source,
              load: () => Promise.resolve().then(() => draftFromRecord(r.record, r.source)),
            },
      );
    }
  }
}

async function walk(dir: string, seen: Set<string>): Promise<{ file: string; kind: FileKind }[]> {
  // Symbolic links may loop back to a parent: visit each real directory once.
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: { file: string; kind: FileKind }[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    const isDir =
      entry.isDirectory() || (entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isDirectory());
    if (isDir) {
      out.push(...(await walk(full, seen)));
      continue;
    }
    const kind = kindOfPath(entry.name);
    if (kind !== null) out.push({ file: full, kind });
  }
  return out;
}
