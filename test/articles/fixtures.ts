import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a fixture under test/fixtures/articles. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/articles/${name}`, import.meta.url));
}

/** A fixture's text (UTF-8). */
export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}
