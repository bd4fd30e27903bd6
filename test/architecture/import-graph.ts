import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Every TypeScript file under the given folders of `root`, with what it imports. */
export interface ImportGraph {
  /** Project-relative path (`src/store/sqlite/store.ts`) → its imports: project-relative paths of local files, or package names. */
  files: Map<string, string[]>;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Reads the graph with TypeScript's own import scanner (static, dynamic and type-only imports alike). */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = new Map<string, string[]>();
  for (const folder of folders) {
    for (const file of walk(join(root, folder))) {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const imports = info.importedFiles.map(({ fileName: spec }) =>
        spec.startsWith('.')
          ? relative(root, resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
              .split('\\')
              .join('/')
          : packageName(spec),
      );
      files.set(relative(root, file).split('\\').join('/'), [...new Set(imports)]);
    }
  }
  return { files };
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
