import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One real page of ../shared/corpus/pages: as served, with the text and metadata to expect. */
export interface CorpusPage {
  id: string;
  language: string;
  outlet: string;
  /** The page as its publisher served it. */
  html: string;
  /** The article HTML a careful extractor keeps (Mozilla Readability's expected output). */
  expectedHtml: string;
  expected: {
    title: string | null;
    byline: string | null;
    siteName: string | null;
    publishedTime: string | null;
  };
}

/** Where the pages are, relative to the project root (absent outside a developer checkout). */
export const PAGES_DIR = join(process.cwd(), '..', 'shared', 'corpus', 'pages');

export function pagesAvailable(dir = PAGES_DIR): boolean {
  return existsSync(join(dir, 'pages.tsv'));
}

/** Every page listed in pages.tsv, in that order. */
export function loadPages(dir = PAGES_DIR): CorpusPage[] {
  const rows = readFileSync(join(dir, 'pages.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
  const listed = new Set(readdirSync(dir));
  return rows
    .filter(([id]) => listed.has(id!))
    .map(([id, language, outlet]) => ({
      id: id!,
      language: language!,
      outlet: outlet!,
      html: readFileSync(join(dir, id!, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(dir, id!, 'expected.html'), 'utf8'),
      expected: JSON.parse(
        readFileSync(join(dir, id!, 'expected-metadata.json'), 'utf8'),
      ) as CorpusPage['expected'],
    }));
}
