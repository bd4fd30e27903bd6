/**
 * Prints every "Sources differ" note found in the corpus stories, for hand-checking:
 * `npx tsx eval/sources-differ/run.ts`. The PolNeAR story is read as published (one voice per
 * outlet); each Wikinews story, written by one outlet over days or years, is read with every
 * article as its own voice — a stress test: a note there must still be a real difference.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/articles/article.js';
import { findDifferences } from '../../src/answers/differ/index.js';

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

interface CorpusFile {
  id: string;
  title: string;
  outlet: string | null;
  published_at: string | null;
  text: string;
  story?: string;
}

/** The corpus articles that belong to a story, by story, as the differ reads them. */
export function corpusStories(): Map<string, Article[]> {
  const stories = new Map<string, Article[]>();
  for (const collection of ['polnear', 'wikinews']) {
    const dir = `${CORPUS}${collection}/`;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const d = JSON.parse(readFileSync(dir + f, 'utf8')) as CorpusFile;
      if (!d.story) continue;
      const article = {
        id: d.id,
        title: d.title,
        // Wikinews: one outlet wrote every article; each counts as its own voice here.
        outlet: collection === 'wikinews' ? `Wikinews ${d.id}` : d.outlet,
        publishedAt: d.published_at,
        text: d.text,
        duplicateOf: null,
      } as Article;
      stories.set(d.story, [...(stories.get(d.story) ?? []), article]);
    }
  }
  return stories;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(CORPUS)) throw new Error(`No corpus at ${CORPUS}`);
  for (const [story, articles] of corpusStories()) {
    const notes = findDifferences(articles);
    console.log(`\n## ${story} (${articles.length} articles): ${notes.length} notes`);
    for (const n of notes) {
      console.log(`- [${n.kind}] ${n.about}`);
      for (const s of n.sides)
        console.log(`    ${s.citations[0]!.articleId}: ${s.text}  «${s.citations[0]!.text.slice(0, 220)}»`);
    }
  }
}
