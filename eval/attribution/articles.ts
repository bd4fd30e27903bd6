import { ARTICLES_A } from './articles-a.js';
import { ARTICLES_B } from './articles-b.js';
import { ARTICLES_C } from './articles-c.js';
import { ARTICLES_D } from './articles-d.js';
import { ARTICLES_E } from './articles-e.js';
import { ARTICLES_F } from './articles-f.js';
import type { LabeledArticle } from './types.js';

/** The labelled sets by name, in the order they were written (a and b tuned on, c–f held out first). */
export const ARTICLE_SETS: Readonly<Record<string, readonly LabeledArticle[]>> = {
  a: ARTICLES_A,
  b: ARTICLES_B,
  c: ARTICLES_C,
  d: ARTICLES_D,
  e: ARTICLES_E,
  f: ARTICLES_F,
};

/** Every labelled evaluation article. */
export const ALL_ARTICLES: readonly LabeledArticle[] = Object.values(ARTICLE_SETS).flat();
