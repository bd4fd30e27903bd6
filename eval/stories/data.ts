import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GLOBAL_SCOPE } from '../../src/articles/article.js';
import type { GroupingArticle } from '../../src/stories/model.js';

/** An article with its gold story (its own id when it stands alone). */
export interface LabeledArticle extends GroupingArticle {
  story: string;
}

/** `<project>/../shared/corpus`. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

// The issue names the two seed articles as one story (a Kim–Putin meeting about arms supplies);
// the corpus files carry no label for them, so it is given here.
const SEED_STORY = 'seeds-kim-putin-meeting';

/**
 * The shared corpus with gold stories: Wikinews and PolNeAR articles with a `story` field, the two
 * seeds as one story, every other article a story of its own. Undated articles get `undatedAs`
 * (their ingest day in a real run). Empty when the corpus is absent.
 */
export function loadCorpus(undatedAs = '2024-09-01'): LabeledArticle[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const out: LabeledArticle[] = [];
  for (const collection of ['polnear', 'wikinews', 'seeds']) {
    const dir = join(CORPUS_DIR, collection);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const d = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        id: string;
        title: string;
        text: string;
        published_at: string | null;
        story?: string;
      };
      out.push({
        id: d.id,
        scope: GLOBAL_SCOPE,
        title: d.title,
        text: d.text,
        date: d.published_at ?? undatedAs,
        duplicateOf: null,
        story: d.story ?? (collection === 'seeds' ? SEED_STORY : d.id),
      });
    }
  }
  return out;
}
